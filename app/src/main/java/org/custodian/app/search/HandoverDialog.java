package org.custodian.app.search;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.custodian.app.common.Fxml;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.UkDates;
import org.custodian.app.common.Views;
import org.custodian.core.handover.HandoverRules;
import org.custodian.core.handover.Receiver;
import org.custodian.core.handover.Urgency;

/** The handover form (HandoverDialog.fxml) in a dialog that closes only once core has saved the handover. */
final class HandoverDialog {

    private final HandoverViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    @FXML private ComboBox<Receiver> handoverTo;
    @FXML private TextArea handoverNeed;
    @FXML private TextArea handoverDone;
    @FXML private TextArea handoverPromised;
    @FXML private ComboBox<Urgency> handoverUrgency;
    @FXML private DatePicker handoverDueDate;
    @FXML private TextField handoverDueTime;
    @FXML private Label handoverProblems;
    @FXML private Label handoverToProblem;
    @FXML private Label handoverNeedProblem;
    @FXML private Label handoverDoneProblem;
    @FXML private Label handoverPromisedProblem;
    @FXML private Label handoverUrgencyProblem;
    @FXML private Label handoverDueProblem;

    HandoverDialog(HandoverViewModel model, Window owner) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Hand over");
        dialog.setHeaderText(model.heading());
        dialog.getDialogPane().setId("handoverDialog");
        Parent form = Fxml.load(this);
        dialog.getDialogPane().setContent(form);
        ButtonType send = new ButtonType("Send handover", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, send);
        Button sendButton = (Button) dialog.getDialogPane().lookupButton(send);
        sendButton.setId("sendHandover");
        sendButton.setAccessibleText("Send the handover; the receiver sees it in their queue");
        sendButton.disableProperty().bind(model.canSendProperty().not());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("cancelHandover");
        cancel.setAccessibleText("Close without sending anything");
        sendButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes only once core has saved
            model.send(() -> {
                dialog.setResult(send);
                dialog.close();
            });
        });
    }

    @FXML
    private void initialize() {
        UkDates.apply(handoverDueDate);
        handoverTo.setItems(model.receivers());
        ChoiceCells.show(handoverTo, Receiver::label, handoverTo.getPromptText());
        handoverTo.valueProperty().bindBidirectional(model.toProperty());
        handoverNeed.textProperty().bindBidirectional(model.needProperty());
        handoverDone.textProperty().bindBidirectional(model.doneProperty());
        handoverPromised.textProperty().bindBidirectional(model.promisedProperty());
        handoverUrgency.getItems().setAll(model.urgencies());
        ChoiceCells.show(handoverUrgency, HandoverViewModel::describe, handoverUrgency.getPromptText());
        handoverUrgency.valueProperty().bindBidirectional(model.urgencyProperty());
        handoverDueDate.valueProperty().bindBidirectional(model.dueDateProperty());
        handoverDueTime.textProperty().bindBidirectional(model.dueTimeProperty());
        Views.showText(handoverProblems, model.problemsProperty());
        Views.showText(handoverToProblem, model.problemOf(HandoverRules.TO));
        Views.showText(handoverNeedProblem, model.problemOf(HandoverRules.NEED));
        Views.showText(handoverDoneProblem, model.problemOf(HandoverRules.DONE));
        Views.showText(handoverPromisedProblem, model.problemOf(HandoverRules.PROMISED));
        Views.showText(handoverUrgencyProblem, model.problemOf(HandoverRules.URGENCY));
        Views.showText(handoverDueProblem, model.problemOf(HandoverRules.DUE));
        handoverTo.requestFocus();
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
