package org.custodian.app.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;

/** Small bindings every view repeats. */
public final class Views {

    private Views() {
    }

    /** Shows the text in the label, and takes the label out of the layout while there is none. */
    public static void showText(Labeled label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Keeps the meter's colour in step with the strength level ("weak", "fair", "strong" or "none"). */
    public static void bindStrength(ProgressBar bar, PasswordStrength strength) {
        bar.progressProperty().bind(strength.fractionProperty());
        strength.levelProperty().addListener((obs, old, now) -> {
            bar.getStyleClass().removeAll("strength-none", "strength-weak", "strength-fair", "strength-strong");
            bar.getStyleClass().add("strength-" + now);
        });
        bar.getStyleClass().add("strength-" + strength.levelProperty().get());
    }

    /** A table column that shows one line of text taken from its row. */
    public static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
