package org.custodian.app.search;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.UkDates;
import org.custodian.app.common.Views;
import org.custodian.core.supply.AuthorityType;
import org.custodian.core.supply.EvidenceType;

/** The form for recording a third party's authority. Core names each problem; the dialog stays open until it saves. */
final class ThirdPartyDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    ThirdPartyDialog(ThirdPartyViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Record authority to act");
        dialog.setHeaderText("Someone who may be told about this customer's account");
        dialog.getDialogPane().setId("thirdPartyDialog");

        TextField name = new TextField();
        name.setId("thirdPartyName");
        name.setAccessibleText("Their full name");
        name.textProperty().bindBidirectional(model.nameProperty());

        ComboBox<AuthorityType> authority = new ComboBox<>();
        authority.getItems().setAll(AuthorityType.values());
        authority.setId("thirdPartyAuthority");
        authority.setAccessibleText("The kind of authority they hold");
        ChoiceCells.show(authority, AuthorityType::label, "Choose the kind");
        authority.valueProperty().bindBidirectional(model.authorityProperty());
        authority.setMaxWidth(Double.MAX_VALUE);

        ComboBox<EvidenceType> evidence = new ComboBox<>();
        evidence.getItems().setAll(EvidenceType.values());
        evidence.setId("thirdPartyEvidence");
        evidence.setAccessibleText("What you saw or checked");
        ChoiceCells.show(evidence, EvidenceType::label, "Choose the evidence");
        evidence.valueProperty().bindBidirectional(model.evidenceProperty());
        evidence.setMaxWidth(Double.MAX_VALUE);

        TextField note = new TextField();
        note.setId("thirdPartyNote");
        note.setAccessibleText("A note on the evidence, such as its reference");
        note.textProperty().bindBidirectional(model.evidenceNoteProperty());

        FlowPane scope = new FlowPane(12, 6);
        scope.setId("thirdPartyScope");
        for (SupplyPanelViewModel.ItemChoice choice : model.scope()) {
            CheckBox box = new CheckBox(choice.item().label());
            box.setId("scope-" + choice.id().substring("supply-".length()));
            box.setAccessibleText("They may be told the " + choice.item().label().toLowerCase(java.util.Locale.UK));
            box.selectedProperty().bindBidirectional(choice.chosen());
            scope.getChildren().add(box);
        }
        Label scopeLabel = new Label("What they may be told");

        DatePicker expires = new DatePicker();
        expires.setId("thirdPartyExpires");
        UkDates.apply(expires);
        expires.setAccessibleText("When the authority ends; empty if it has no end date");
        expires.valueProperty().bindBidirectional(model.expiresOnProperty());

        Label problems = new Label();
        problems.setId("thirdPartyProblems");
        problems.getStyleClass().add("form-error");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        Views.showText(problems, model.messageProperty());

        VBox content = new VBox(6, problems, ChoiceCells.labelFor("_Name", name), name, ChoiceCells.labelFor("_Authority", authority), authority,
                ChoiceCells.labelFor("_Evidence", evidence), evidence, ChoiceCells.labelFor("Evidence _note (optional)", note), note, scopeLabel, scope,
                ChoiceCells.labelFor("_Until (leave empty if it has no end date)", expires), expires);
        content.setPrefWidth(540);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save authority", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveThirdParty");
        saveButton.setAccessibleText("Save this authority to the customer's record");
        saveButton.disableProperty().bind(model.busyProperty());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("cancelThirdParty");
        cancel.setAccessibleText("Close without recording anything");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // closes only once core has saved
            model.save();
        });
        model.savedProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.setResult(save);
                dialog.close();
            }
        });
        name.requestFocus();
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
