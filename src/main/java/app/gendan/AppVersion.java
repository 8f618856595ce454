package app.gendan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the build. */
public final class AppVersion {
    private AppVersion() {}

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/app/gendan/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
