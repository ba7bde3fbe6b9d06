package org.custodian.app.common;

import java.util.List;
import javafx.scene.Scene;

/**
 * Under the desktop (GTK) toolkit, a mnemonic of a label or button that left the scene stays registered and
 * shadows the same letter on whatever replaced it: after set-up, Alt+U still aimed at the first-run form's
 * Username, and after visiting Users, Alt+V at its Save button instead of Audit's Verify. Every place that
 * swaps screens or pages calls this after the swap.
 */
public final class Mnemonics {

    private Mnemonics() {
    }

    public static void forgetDetached(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getMnemonics().values().forEach(list -> list.removeIf(m -> m.getNode().getScene() != scene));
        scene.getMnemonics().values().removeIf(List::isEmpty);
    }
}
