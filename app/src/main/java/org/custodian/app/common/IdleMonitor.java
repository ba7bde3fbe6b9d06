package org.custodian.app.common;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Calls back once no key, mouse or scroll event has reached the scene for the idle time. Filters (not handlers)
 * see every event, even those a control consumes.
 */
public final class IdleMonitor {

    private final Scene scene;
    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<Event> activity = event -> restartIfRunning();
    private boolean running;

    public IdleMonitor(Scene scene, Runnable onIdle) {
        this.scene = scene;
        timer.setOnFinished(event -> {
            running = false;
            onIdle.run();
        });
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(MouseEvent.ANY, activity);
        scene.addEventFilter(ScrollEvent.ANY, activity);
    }

    public void start(java.time.Duration idleTime) {
        timer.setDuration(Duration.millis(idleTime.toMillis()));
        running = true;
        timer.playFromStart();
    }

    public void stop() {
        running = false;
        timer.stop();
    }

    public void detach() {
        stop();
        scene.removeEventFilter(KeyEvent.ANY, activity);
        scene.removeEventFilter(MouseEvent.ANY, activity);
        scene.removeEventFilter(ScrollEvent.ANY, activity);
    }

    private void restartIfRunning() {
        if (running) {
            timer.playFromStart();
        }
    }
}
