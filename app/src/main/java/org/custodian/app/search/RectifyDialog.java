package org.custodian.app.search;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.Views;
import org.custodian.core.records.RectificationReason;

/**
 * The correction form. Save stays disabled until a detail, a valid new value and a reason are given; a refusal
 * from core is shown in the dialog, which stays open with everything typed still in it.
 */
final class RectifyDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    RectifyDialog(RectifyViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Correct a detail");
        dialog.setHeaderText(model.heading());
        dialog.getDialogPane().setId("rectifyDialog");

        ComboBox<RectifyViewModel.Target> field = new ComboBox<>(model.targets());
        field.setId("rectifyField");
        field.setAccessibleText("Which detail to correct");
        field.valueProperty().bindBidirectional(model.targetProperty());
        field.setMaxWidth(Double.MAX_VALUE);
        Label fieldLabel = ChoiceCells.labelFor("_Detail", field);

        TextField value = new TextField();
        value.setId("rectifyValue");
        value.setAccessibleText("The corrected value");
        value.textProperty().bindBidirectional(model.valueProperty());
        Label valueLabel = ChoiceCells.labelFor("_New value", value);
        Label valueProblem = new Label();
        valueProblem.setId("rectifyValueProblem");
        valueProblem.getStyleClass().add("field-error");
        valueProblem.setWrapText(true);
        Views.showText(valueProblem, model.valueProblemProperty());
        valueProblem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap to full height, never "…"

        ComboBox<RectificationReason> reason = new ComboBox<>();
        reason.getItems().setAll(model.reasons());
        reason.setId("rectifyReason");
        reason.setAccessibleText("Why the detail is being changed");
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setPromptText("Choose why");
        ChoiceCells.show(reason, RectificationReason::label, "Choose why");
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        Label reasonLabel = ChoiceCells.labelFor("_Reason", reason);

        TextArea note = new TextArea();
        note.setId("rectifyNote");
        note.setAccessibleText("A note on why, kept with the correction");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        Label noteLabel = ChoiceCells.labelFor("N_ote (needed for another reason; never card details)", note);

        Label problems = new Label();
        problems.setId("rectifyProblems");
        problems.getStyleClass().add("form-error");
        problems.setWrapText(true);
        Views.showText(problems, model.problemsProperty());
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox content = new VBox(6, problems, fieldLabel, field, valueLabel, value, valueProblem, reasonLabel, reason,
                noteLabel, note);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save correction", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveRectify");
        saveButton.setAccessibleText("Save the correction; the old value is kept in the history");
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("cancelRectify");
        cancel.setAccessibleText("Close without changing anything");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes only once core has saved
            model.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        field.requestFocus();
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
