package app.gendan.ui.settings;

import app.gendan.domain.OrderNumberRule;
import app.gendan.domain.Role;
import app.gendan.domain.User;
import app.gendan.service.LocalSettings;
import app.gendan.ui.AppContext;
import app.gendan.ui.FormGrid;
import app.gendan.ui.UiActions;
import app.gendan.ui.Widgets;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings: database location, profile, reminders, language, order-number rule, pipelines and stages. */
public final class SettingsView {
    private final AppContext ctx;
    private final ScrollPane root;
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty pattern = new SimpleStringProperty("");
    private final DatabaseSettings database;

    public SettingsView(AppContext ctx, UiActions actions) {
        this.ctx = ctx;
        this.database = new DatabaseSettings(ctx);
        VBox box = new VBox(12,
                section("settings.database", database.node()),
                section("settings.profile", profile()),
                section("settings.reminders", new ReminderSettings(ctx, actions).node()),
                section("settings.language", language()),
                section("settings.backups", new app.gendan.ui.backup.BackupSettings(ctx).node()),
                section("settings.orderNumber", orderNumber()),
                section("settings.pipelines", new PipelineEditor(ctx, actions).root()));
        box.setPadding(new Insets(16));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("settingsView");
    }

    public Parent root() { return root; }

    /** How the database answers changed (another computer may serve it now): reads who serves it again. */
    public void linkChanged() {
        database.load();
    }

    private Node section(String key, Node content) {
        TitledPane pane = new TitledPane(ctx.text(key), content);
        pane.setCollapsible(false);
        return pane;
    }

    private Node profile() {
        User me = ctx.user();
        displayName.set(me == null ? "" : me.displayName());
        ComboBox<Role> role = Widgets.combo("profileRole", Role.values(), r -> ctx.text("role." + r.code()));
        role.setValue(me == null ? Role.REP : me.role());
        Button save = new Button(ctx.text("button.save"));
        save.setId("profileSave");
        save.setOnAction(e -> {
            User u = ctx.user();
            String name = displayName.get();
            Role r = role.getValue();
            ctx.tasks().run(() -> ctx.workspace().users().updateProfile(u.id(), u.version(), name, r),
                    updated -> {
                        ctx.userProperty().set(updated);
                        ctx.errors().info(ctx.text("settings.profile"), ctx.text("settings.profile.saved"));
                    }, ctx.errors()::show);
        });
        return new VBox(6, new FormGrid()
                .add(ctx.text("settings.profile.displayName"), null, Widgets.text("profileName", displayName))
                .add(ctx.text("settings.profile.role"), null, role).node(), save);
    }

    private Node language() {
        ComboBox<Locale> lang = Widgets.combo("languageChoice", new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH},
                l -> "zh".equals(l.getLanguage()) ? "中文" : "English");
        lang.setValue(ctx.messages().locale());
        Button apply = new Button(ctx.text("settings.language.apply"));
        apply.setId("languageApply");
        apply.setOnAction(e -> {
            Locale l = lang.getValue();
            String code = app.gendan.domain.i18n.Languages.code(l);
            try {
                LocalSettings.load(ctx.settingsFile()).withLanguage(code).save(ctx.settingsFile());
            } catch (IOException ex) {
                ctx.errors().show(ex);
                return;
            }
            ctx.switchLanguage(l);
        });
        return new VBox(6, new HBox(6, lang, apply), PipelineEditor.hint(ctx.text("settings.language.hint")));
    }

    private Node orderNumber() {
        Label preview = new Label();
        preview.setId("orderNumberPreview");
        pattern.addListener((o, a, p) -> {
            try {
                preview.setText(ctx.text("settings.orderNumber.preview",
                        OrderNumberRule.parse(p).render(LocalDate.now(ctx.workspace().clock()), 1)));
            } catch (app.gendan.domain.GendanException ex) {
                preview.setText(ctx.messages().of(ex));
            }
        });
        ctx.tasks().run(() -> ctx.workspace().settings().orderNumberPattern(), pattern::set, ctx.errors()::show);
        Button save = new Button(ctx.text("button.save"));
        save.setId("orderNumberSave");
        save.setOnAction(e -> {
            String p = pattern.get();
            ctx.tasks().run(() -> {
                ctx.workspace().settings().setOrderNumberPattern(p);
                return p;
            }, v -> ctx.errors().info(ctx.text("settings.orderNumber"), ctx.text("settings.orderNumber.saved")),
                    ctx.errors()::show);
        });
        javafx.scene.control.TextField field = Widgets.text("orderNumberPattern", pattern);
        field.setPrefColumnCount(26);
        return new VBox(6, new HBox(6, field, save), preview);
    }

}
