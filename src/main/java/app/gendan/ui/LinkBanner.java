package app.gendan.ui;

import app.gendan.domain.LinkStatus;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line under the top bar that says, in words, when the database of a shared file is not
 * answering or was lost, which computer serves it and what Gendan does about it; and, for a few
 * seconds, that it is back. Hidden while all is well.
 */
public final class LinkBanner {
    private static final Duration SHOW_RECOVERY = Duration.seconds(12);

    private final AppContext ctx;
    private final Label label = new Label();
    private final PauseTransition hide = new PauseTransition(SHOW_RECOVERY);

    public LinkBanner(AppContext ctx) {
        this.ctx = ctx;
        label.setId("linkBanner");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPadding(new Insets(6, 12, 6, 12));
        label.getStyleClass().add("link-banner");
        show(false);
        hide.setOnFinished(e -> show(false));
    }

    public Node node() { return label; }

    /** Shows the state (call on the JavaFX thread). */
    public void update(LinkStatus s) {
        hide.stop();
        String server = ctx.messages().get(s.server().key(), s.server().args());
        switch (s.state()) {
            case CONNECTED -> {
                show(false);
                return;
            }
            case NOT_ANSWERING -> set("link.notAnswering", server, "mdi2l-lan-pending", "trouble");
            case LOST -> set("link.lost", server, "mdi2l-lan-disconnect", "trouble");
            case TOOK_OVER -> set("link.tookOver", server, "mdi2l-lan-connect", "recovered");
            case RECONNECTED -> set("link.reconnected", server, "mdi2l-lan-connect", "recovered");
        }
        show(true);
        if (!s.isTrouble()) {
            hide.playFromStart();
        }
    }

    private void set(String key, String server, String icon, String style) {
        label.setText(ctx.text(key, server));
        label.setGraphic(new FontIcon(icon));
        label.getStyleClass().removeAll("trouble", "recovered");
        label.getStyleClass().add(style);
    }

    private void show(boolean visible) {
        label.setVisible(visible);
        label.setManaged(visible);
    }
}
