package app.gendan.service.imports;

import java.util.List;

/**
 * Something wrong with one row or cell, told as the user sees the file: sheet name, 1-based
 * row number, the column's header (null for the whole row) and a message key with arguments
 * from {@code i18n/imports}.
 */
public record ImportProblem(String sheet, int row, String column, Severity severity, String messageKey, List<Object> args) {
    public ImportProblem {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
