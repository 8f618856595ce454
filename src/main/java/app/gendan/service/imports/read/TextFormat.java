package app.gendan.service.imports.read;

import java.nio.charset.Charset;

/** How a text tracker is encoded: charset, whether it starts with a byte-order mark, and the delimiter. */
public record TextFormat(Charset charset, boolean bom, char delimiter) {

    /** A name to show the user, e.g. "UTF-8 (BOM)", "GB18030", "UTF-16LE (BOM)". */
    public String charsetLabel() {
        return charset.name() + (bom ? " (BOM)" : "");
    }
}
