package org.custodian.app.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for screens and checking the house rules (id, accessible text, label) on whatever is showing. */
public final class Screens {

    private Screens() {
    }

    public static void waitFor(FxRobot robot, String query) {
        waitFor(robot, query, 15);
    }

    public static void waitFor(FxRobot robot, String query, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> showing(robot, query));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never showed: " + query, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when a node matching the query is in a showing window's scene graph and visible. */
    public static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    public static void waitUntilTextNotEmpty(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(n -> !((javafx.scene.control.Labeled) n).getText().isEmpty()).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no text appeared in " + query, e);
        }
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /**
     * Every control a person can reach has an id and accessible text; every input also has a label pointing at
     * it, so a screen reader announces it and its mnemonic moves focus there.
     */
    public static void assertAccessible(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (Window window : robot.listWindows()) {
            if (window.getScene() == null) {
                continue;
            }
            Parent root = window.getScene().getRoot();
            List<Label> labels = new ArrayList<>();
            collect(root, Label.class, labels);
            List<Control> controls = new ArrayList<>();
            collect(root, Control.class, controls);
            for (Control control : controls) {
                if (!control.isFocusTraversable() || !control.isVisible()) {
                    continue;
                }
                String name = control.getClass().getSimpleName() + "#" + control.getId();
                if (control.getId() == null || control.getId().isBlank()) {
                    problems.add(name + " has no id");
                }
                if (control.getAccessibleText() == null || control.getAccessibleText().isBlank()) {
                    problems.add(name + " has no accessible text");
                }
                boolean input = control instanceof TextInputControl || control instanceof ComboBox
                        || control instanceof Spinner || control instanceof TableView;
                if (input && labels.stream().noneMatch(l -> l.getLabelFor() == control)) {
                    problems.add(name + " has no label");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("; ", problems));
    }

    private static <T> void collect(Node node, Class<T> type, List<T> into) {
        if (type.isInstance(node)) {
            into.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, into);
            }
        }
    }

    public static void assertAbsent(FxRobot robot, String query) {
        assertFalse(robot.lookup(query).tryQuery().isPresent(), query + " should not be in any scene");
    }

    public static void assertPresent(FxRobot robot, String query) {
        assertNotNull(robot.lookup(query).tryQuery().orElse(null), query + " should be showing");
    }
}
