package org.custodian.app.intake;

import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * While a call is on screen its Alt keys (Back, Park, Next, Save, confirmed) belong to the call. The navigation
 * uses some of the same letters (A_bout, My _password), and the scene handles mnemonics before any node sees the
 * key, so one Alt+B could leave a live call for the About page. A filter on the window runs before the scene:
 * it acts on the call's own control and consumes the key. It is removed as soon as the call leaves the scene
 * (call ended, page changed, screen locked).
 */
final class CallKeys {

    private final Parent call;
    private final Map<KeyCode, ButtonBase> keys;
    private final EventHandler<KeyEvent> filter = this::handle;
    private Window attachedTo;

    private CallKeys(Parent call, Map<KeyCode, ButtonBase> keys) {
        this.call = call;
        this.keys = keys;
    }

    static void claim(Parent call, Map<KeyCode, ButtonBase> keys) {
        CallKeys claim = new CallKeys(call, keys);
        call.sceneProperty().addListener((obs, old, now) -> claim.attach(now == null ? null : now.getWindow()));
    }

    private void attach(Window window) {
        if (attachedTo != null) {
            attachedTo.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
        attachedTo = window;
        if (window != null) {
            window.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }

    private void handle(KeyEvent event) {
        if (!event.isAltDown() || event.isControlDown() || event.isShortcutDown() || call.getScene() == null) {
            return;
        }
        ButtonBase target = keys.get(event.getCode());
        if (target == null) {
            return;
        }
        // Consumed even when the control is hidden on this step: the letter must never fall through to the
        // navigation while a call is open.
        event.consume();
        if (shown(target) && !target.isDisabled()) {
            target.fire();
        }
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
