package app.gendan.store;

import java.sql.Connection;
import java.sql.DriverManager;

/** Run as a separate JVM: holds a database file open the way a non-sharing program would, until stdin closes. */
public final class HoldDatabaseMain {
    private HoldDatabaseMain() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0], "sa", "")) {
            c.createStatement().execute("SELECT 1");
            System.out.println("HOLDING");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to close our stdin
            }
        }
    }
}
