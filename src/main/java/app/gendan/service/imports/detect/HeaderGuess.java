package app.gendan.service.imports.detect;

import java.util.List;

/** The row taken as the header: its 1-based row number, its texts, and how sure the guess is (0–1). */
public record HeaderGuess(int rowNumber, List<String> headers, double confidence) {
    public HeaderGuess {
        headers = List.copyOf(headers);
    }
}
