package app.gendan.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Role;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.LocalSettings;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The first-start dialog asks for the language first and speaks the one picked at once. */
class FirstRunLanguageTest extends FxRobot {
    @TempDir
    Path dir;

    private final CompletableFuture<Optional<FirstRunDialog.Answer>> answer = new CompletableFuture<>();

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void open(Locale os) {
        Platform.runLater(() -> answer.complete(new FirstRunDialog(new Messages(os)).ask("wangwu")));
        waitUntil(() -> lookup("#firstRunLanguage").tryQuery().isPresent());
    }

    @Test
    void anEnglishDialogSwitchedToChineseAnswersChineseAndIsRemembered() throws Exception {
        open(Locale.ENGLISH);
        assertThat(fx(() -> lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())).isEqualTo("Who are you?");

        clickOn("#firstRunLanguage");
        clickOn("中文");
        waitUntil(() -> "请介绍一下自己".equals(lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText()));
        assertThat(fx(() -> lookup("#firstRunStart").queryAs(Button.class).getText())).isEqualTo("开始");
        assertThat(fx(() -> lookup("#firstRunHint").queryAs(Label.class).getText())).contains("wangwu").contains("第一次");
        assertThat(lookup("销售").tryQuery()).isPresent(); // the role, in Chinese

        doubleClickOn("#firstRunName").write("王五");
        clickOn("#firstRunStart");
        FirstRunDialog.Answer a = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(a.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(a.displayName()).isEqualTo("王五");
        assertThat(a.role()).isEqualTo(Role.REP);

        Path settings = dir.resolve("settings.json");
        Startup.rememberLanguage(settings, a.language());
        assertThat(Startup.languageOf(LocalSettings.load(settings))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void leftAsItOpenedTheAnswerIsTheOsLanguage() throws Exception {
        open(Locale.SIMPLIFIED_CHINESE);
        assertThat(fx(() -> lookup("#firstRunStart").queryAs(Button.class).getText())).isEqualTo("开始");
        clickOn("#firstRunStart");
        assertThat(answer.get(10, TimeUnit.SECONDS).orElseThrow().language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within 15 s", e);
        }
    }
}
