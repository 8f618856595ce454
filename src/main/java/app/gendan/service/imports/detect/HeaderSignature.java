package app.gendan.service.imports.detect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A stable id for a header layout: SHA-256 of the normalised header texts in column order, so
 * "客户名称 " and "客户名称" or full-width variants give the same signature.
 */
public final class HeaderSignature {
    private HeaderSignature() {}

    public static String of(List<String> headers) {
        StringBuilder sb = new StringBuilder();
        for (String h : headers) {
            sb.append(HeaderText.words(h)).append('\u001F');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return "h1:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
