package org.custodian.app.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/** Drop-downs that show their items by a label, and labels built in code that point at their control. */
public final class ChoiceCells {

    private ChoiceCells() {
    }

    /**
     * Shows each item of the box by {@code text}; the box's button shows {@code prompt} while nothing is chosen
     * (a cell factory replaces the box's own prompt, so it is given again here).
     */
    public static <T> void show(ComboBox<T> box, Function<T, String> text, String prompt) {
        box.setCellFactory(list -> new TextCell<>(text, null));
        box.setButtonCell(new TextCell<>(text, prompt));
    }

    /** A label with a mnemonic (marked by "_") that moves focus to its control and names it for screen readers. */
    public static Label labelFor(String text, Control control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return label;
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final String prompt;

        TextCell(Function<T, String> text, String prompt) {
            this.text = text;
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? prompt : text.apply(item));
        }
    }
}
