package app.gendan.ui.search;

import app.gendan.domain.SearchHit;
import app.gendan.ui.AppContext;
import app.gendan.ui.UiActions;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The global search box (Ctrl+K): customers and orders by name, number or phone, shown in a
 * popup under the box; Enter or a click opens the hit.
 */
public final class SearchPopup {
    private final AppContext ctx;
    private final UiActions actions;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final Popup popup = new Popup();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private long generation;

    public SearchPopup(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.actions = actions;
        field.setId("globalSearch");
        field.setPromptText(ctx.text("search.prompt"));
        field.setPrefColumnCount(22);
        results.setId("searchResults");
        results.setPrefSize(460, 320);
        results.setPlaceholder(new Label(ctx.text("search.none")));
        results.setCellFactory(v -> new HitCell());
        VBox box = new VBox(results);
        box.getStyleClass().add("search-popup");
        box.getStylesheets().add(app.gendan.ui.Widgets.STYLESHEET);
        popup.getContent().add(box);
        popup.setAutoHide(true);

        debounce.setOnFinished(e -> search(field.getText()));
        field.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (!results.getItems().isEmpty()) {
                    open(results.getItems().get(0));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            }
        });
        results.setOnMouseClicked(e -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (hit != null) {
                open(hit);
            }
        });
    }

    public TextField field() { return field; }

    /** Ctrl+K: focus the box and select what is in it. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void search(String text) {
        long g = ++generation;
        if (text == null || text.isBlank()) {
            popup.hide();
            return;
        }
        ctx.tasks().run(() -> ctx.workspace().search().search(text), hits -> {
            if (g == generation) {
                show(hits);
            }
        }, ctx.errors()::show);
    }

    private void show(List<SearchHit> hits) {
        results.getItems().setAll(hits);
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (!popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
        }
    }

    private void open(SearchHit hit) {
        popup.hide();
        if (hit.kind() == SearchHit.Kind.ORDER) {
            actions.openOrder(hit.id());
        } else {
            actions.openCustomer(hit.id());
        }
    }

    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setGraphic(new FontIcon(hit.kind() == SearchHit.Kind.ORDER ? "mdi2f-file-document-outline" : "mdi2o-office-building"));
            String kind = ctx.text(hit.kind() == SearchHit.Kind.ORDER ? "search.kind.order" : "search.kind.customer");
            setText(kind + " · " + hit.label() + (hit.detail() == null || hit.detail().isBlank() ? "" : "  —  " + hit.detail()));
        }
    }
}
