package app.gendan.store;

import app.gendan.domain.i18n.MessageRef;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Which computer serves a shared database file, read from the lock file H2 keeps beside it
 * ({@code name.lock.db}: the serving process's host name and TCP address). Reading it never changes it.
 */
public record ServedBy(String hostName, String address, boolean thisProcess) {

    /** The lock file of an open database file, if there is one (there is while any process has it open). */
    static Optional<ServedBy> read(Path dbFile, boolean thisProcessServes) {
        String name = dbFile.getFileName().toString();
        String base = name.endsWith(DatabaseUrl.FILE_SUFFIX) ? name.substring(0, name.length() - DatabaseUrl.FILE_SUFFIX.length()) : name;
        Path lock = dbFile.resolveSibling(base + ".lock.db");
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(lock)) {
            p.load(in);
        } catch (Exception e) {
            return Optional.empty();
        }
        String server = p.getProperty("server");
        if (server == null) {
            return Optional.empty();
        }
        return Optional.of(new ServedBy(p.getProperty("hostName", ""), server, thisProcessServes));
    }

    /** "this computer", or "host (address)", in the reader's language. */
    public MessageRef describe() {
        if (thisProcess) {
            return new MessageRef("db.server.thisComputer");
        }
        String host = hostName == null || hostName.isBlank() || hostName.equals("localhost") ? null : hostName;
        return host == null ? new MessageRef("db.server.address", address) : new MessageRef("db.server.host", host, address);
    }

    /** Words for an unknown server: the lock file was unreadable. */
    public static MessageRef unknown() {
        return new MessageRef("db.server.unknown");
    }
}
