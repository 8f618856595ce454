package app.gendan.ui.notify;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.net.URL;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OS notifications through the system tray, for when the window is minimised or in the
 * background. AWT is started lazily on a thread of its own and used only on its event queue,
 * never on the JavaFX thread. Where there is no tray (headless, a desktop without one, AWT
 * missing) it says so once in the log and does nothing from then on.
 */
final class TrayNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);
    private static final String ICON = "/app/gendan/icons/gendan-32.png";

    private final String tooltip;
    private final Runnable onClick;
    private final AtomicBoolean unavailable = new AtomicBoolean();
    private final AtomicBoolean awtStarted = new AtomicBoolean();
    private final ExecutorService handOff = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gendan-tray");
        t.setDaemon(true);
        return t;
    });
    private TrayIcon icon; // only touched on the AWT event queue

    /** @param onClick runs (on the AWT event queue) when the user clicks the tray icon or its message */
    TrayNotifier(String tooltip, Runnable onClick) {
        this.tooltip = tooltip;
        this.onClick = onClick;
    }

    /** Shows an OS notification if this computer can; returns at once. */
    void show(String title, String text) {
        if (unavailable.get()) {
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            skip("headless", null);
            return;
        }
        // starting AWT can take a moment, so even the hand-over to its event queue happens off the FX thread
        awtStarted.set(true);
        handOff.execute(() -> {
            try {
                EventQueue.invokeLater(() -> display(title, text));
            } catch (Throwable e) {
                skip("AWT unavailable", e);
            }
        });
    }

    /** False once it turned out that there is no tray. */
    boolean available() { return !unavailable.get(); }

    private void display(String title, String text) {
        try {
            if (icon == null) {
                icon = install();
            }
            icon.displayMessage(title, text, TrayIcon.MessageType.INFO);
        } catch (Throwable e) {
            skip("no system tray", e);
        }
    }

    private TrayIcon install() throws Exception {
        if (!SystemTray.isSupported()) {
            throw new UnsupportedOperationException("the desktop has no system tray");
        }
        URL url = TrayNotifier.class.getResource(ICON);
        Image image = Toolkit.getDefaultToolkit().getImage(url);
        TrayIcon t = new TrayIcon(image, tooltip);
        t.setImageAutoSize(true);
        t.addActionListener(e -> onClick.run());
        SystemTray.getSystemTray().add(t);
        return t;
    }

    private void skip(String why, Throwable e) {
        if (unavailable.compareAndSet(false, true)) {
            LOG.info("OS notifications are off: {} ({})", why, e == null ? "" : e.toString());
        }
    }

    /** Removes the tray icon, so AWT lets the process end. */
    @Override
    public void close() {
        handOff.shutdownNow();
        if (awtStarted.get() && !unavailable.get()) {
            try {
                EventQueue.invokeLater(() -> {
                    if (icon != null) {
                        SystemTray.getSystemTray().remove(icon);
                        icon = null;
                    }
                });
            } catch (Throwable e) {
                LOG.debug("Tray icon not removed", e);
            }
        }
    }
}
