package org.custodian.app.search;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.Fxml;
import org.custodian.app.common.UkDates;
import org.custodian.app.common.Views;
import org.custodian.core.rights.RightKind;

/** The rights request form (RightsRequestDialog.fxml) in a dialog that closes only once core has logged it. */
final class RightsRequestDialog {

    private final RightsRequestViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    @FXML private ComboBox<RightKind> rightsKind;
    @FXML private DatePicker rightsReceived;
    @FXML private CheckBox rightsIdentityAwaited;
    @FXML private Label rightsProblems;

    RightsRequestDialog(RightsRequestViewModel model, Window owner) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Log a rights request");
        dialog.setHeaderText(model.heading());
        dialog.getDialogPane().setId("rightsRequestDialog");
        dialog.getDialogPane().setContent(Fxml.load(this));
        ButtonType log = new ButtonType("Log request", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, log);
        Button logButton = (Button) dialog.getDialogPane().lookupButton(log);
        logButton.setId("logRightsRequest");
        logButton.setAccessibleText("Log the request; core works out when it must be answered");
        logButton.disableProperty().bind(model.canLogProperty().not());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("cancelRightsRequest");
        cancel.setAccessibleText("Close without logging anything");
        logButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes only once core has saved
            model.log(() -> {
                dialog.setResult(log);
                dialog.close();
            });
        });
    }

    @FXML
    private void initialize() {
        UkDates.apply(rightsReceived);
        rightsKind.getItems().setAll(model.kinds());
        ChoiceCells.show(rightsKind, RightsRequestViewModel::describe, rightsKind.getPromptText());
        rightsKind.valueProperty().bindBidirectional(model.kindProperty());
        rightsReceived.valueProperty().bindBidirectional(model.receivedProperty());
        rightsIdentityAwaited.selectedProperty().bindBidirectional(model.identityAwaitedProperty());
        Views.showText(rightsProblems, model.problemsProperty());
        rightsKind.requestFocus();
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
