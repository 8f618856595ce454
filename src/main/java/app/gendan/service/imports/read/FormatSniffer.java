package app.gendan.service.imports.read;

import app.gendan.domain.GendanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides how to read a file from its first bytes, not its name: users rename CSVs to .xls,
 * and some systems export HTML tables as .xls.
 */
final class FormatSniffer {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FormatSniffer() {}

    static TrackerFormat sniff(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        byte[] head = head(path, name, 512);
        if (head.length == 0) {
            throw new GendanException("imports.error.empty", name);
        }
        if (startsWith(head, ZIP)) {
            return TrackerFormat.XLSX;
        }
        if (startsWith(head, OLE2)) {
            return TrackerFormat.XLS;
        }
        String ext = extension(name);
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
                || start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            throw new GendanException("imports.error.htmlDisguised", name);
        }
        if (ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls") || ext.equals("et")) {
            // A spreadsheet name on something that is neither zip nor OLE2: text is still readable.
            if (!TextFormatDetector.looksLikeText(head)) {
                throw new GendanException("imports.error.notSpreadsheet", name);
            }
        }
        return TrackerFormat.CSV;
    }

    private static byte[] head(Path path, String name, int n) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(n);
        } catch (NoSuchFileException e) {
            throw new GendanException(e, "imports.error.fileNotFound", name);
        } catch (IOException e) {
            throw new GendanException(e, "imports.error.unreadable", name);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
