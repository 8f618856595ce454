package app.gendan.service.imports.read;

import app.gendan.domain.GendanException;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;

/** Turns whatever POI throws on a bad workbook into one clear, localisable reason. */
final class WorkbookFailures {
    private WorkbookFailures() {}

    static GendanException of(Throwable e, String fileName) {
        if (e instanceof GendanException g) {
            return g;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (msg.contains("zip bomb") || msg.contains("max text size") || msg.contains("maxentrysize")
                    || msg.contains(" max file count")) {
                return new GendanException(e, "imports.error.zipBomb", fileName);
            }
            if (t instanceof EncryptedDocumentException || msg.contains("password")) {
                return new GendanException(e, "imports.error.passwordProtected", fileName);
            }
            if (t instanceof OldExcelFormatException) {
                return new GendanException(e, "imports.error.oldExcel", fileName);
            }
            if (t instanceof ODFNotOfficeXmlFileException) {
                return new GendanException(e, "imports.error.odsNotSupported", fileName);
            }
            if (t instanceof NotOfficeXmlFileException || msg.contains("does not contain a biff8")) {
                return new GendanException(e, "imports.error.notSpreadsheet", fileName);
            }
        }
        return new GendanException(e, "imports.error.damagedWorkbook", fileName);
    }
}
