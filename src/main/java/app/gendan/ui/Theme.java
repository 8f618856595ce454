package app.gendan.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Application;

/**
 * The look of every window: AtlantaFX's Primer Light, plus the Modena looked-up colours that
 * ControlsFX's own stylesheets (clearable fields, notification popups) refer to and AtlantaFX does
 * not define. They must be in the user-agent stylesheet, not the scene's: ControlsFX's popups have
 * scenes of their own. Without them each styled node logs a ClassCastException warning.
 */
public final class Theme {
    private static final String MODENA_COLOURS = """
            .root {
                -fx-control-inner-background: -color-bg-default;
                -fx-text-box-border: -color-border-default;
                -fx-text-inner-color: -color-fg-default;
                -fx-outer-border: -color-border-default;
                -fx-inner-border: -color-bg-default;
                -fx-body-color: -color-bg-default;
            }
            """;

    private Theme() {}

    /** Sets the user-agent stylesheet: the theme imported, then the colours above. */
    public static void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }

    static String stylesheet() {
        String theme = PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheet()).toExternalForm();
        String css = "@import url(\"" + theme + "\");\n" + MODENA_COLOURS;
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
