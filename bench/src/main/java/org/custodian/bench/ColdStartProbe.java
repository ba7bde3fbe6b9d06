package org.custodian.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Window;
import org.custodian.app.Launcher;

/**
 * Child JVM: starts the real app through its own launcher and prints "login-shown" as soon as a showing window
 * holds the login screen. The parent times from process start to reading that line.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    /** "Shown" means laid out and handed to the renderer, not merely marked showing. */
    private static void reportAfterFirstFrame(javafx.scene.Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                // stdout is this child's one channel to the benchmark parent; not slf4j, because the app under
                // test configures logging into its data directory at launch, which would swallow the line
                System.out.println("login-shown");
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    public static void main(String[] args) {
        AtomicBoolean seen = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!seen.get()) {
                try {
                    Platform.runLater(() -> Window.getWindows().stream()
                            .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#loginScreen") != null)
                            .findFirst()
                            .filter(w -> seen.compareAndSet(false, true))
                            .ifPresent(w -> reportAfterFirstFrame(w.getScene())));
                } catch (IllegalStateException toolkitNotStartedYet) {
                    // keep polling until the app has started the toolkit
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cold-start-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(args);
    }
}
