package org.custodian.app.search;

import static org.custodian.app.common.Views.column;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.Views;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.supply.SupplyOverview;

/** The supply panel inside an open record: bindings only. */
public final class SupplyPanelView {

    private final SupplyPanelViewModel model;
    private final Window owner;
    @FXML private VBox flagBox;
    @FXML private Label clearFlagLabel;
    @FXML private Label recipientLabel;
    @FXML private Label organisationLabel;
    @FXML private Label organisationReasonLabel;
    @FXML private Label organisationBasisLabel;
    @FXML private Label thirdPartiesLabel;
    @FXML private Label disclosuresLabel;
    @FXML private Label supplyFlag;
    @FXML private HBox clearFlagRow;
    @FXML private TextField clearFlagNote;
    @FXML private Button clearFlagButton;
    @FXML private Label identityHint;
    @FXML private GridPane identityGrid;
    @FXML private Button checkIdentity;
    @FXML private Label identityOutcome;
    @FXML private Label identityMessage;
    @FXML private ComboBox<SupplyPanelViewModel.RecipientChoice> recipientChoice;
    @FXML private GridPane organisationGrid;
    @FXML private TextField organisationName;
    @FXML private TextField organisationReason;
    @FXML private ComboBox<LawfulBasis> organisationBasis;
    @FXML private FlowPane itemsPane;
    @FXML private Button supplyButton;
    @FXML private Label supplyMessage;
    @FXML private Label suppliedValues;
    @FXML private Button addThirdParty;
    @FXML private Button withdrawThirdParty;
    @FXML private Label withdrawMessage;
    @FXML private Label securityCurrent;
    @FXML private Label securityQuestionLabel;
    @FXML private Label securityAnswerLabel;
    @FXML private TextField securityQuestionField;
    @FXML private javafx.scene.control.PasswordField securityAnswerField;
    @FXML private Button saveSecurityQuestion;
    @FXML private Label securityMessage;
    @FXML private Label securitySuccess;
    @FXML private Label callNatureLabel;
    @FXML private Label callNoteLabel;
    @FXML private ComboBox<org.custodian.core.supply.CallLogService.Nature> callNature;
    @FXML private TextField callNote;
    @FXML private Button logCall;
    @FXML private Label callLogMessage;
    @FXML private Label callLogged;
    @FXML private TableView<SupplyOverview.ThirdPartyLine> thirdPartiesTable;
    @FXML private TableColumn<SupplyOverview.ThirdPartyLine, String> partyName;
    @FXML private TableColumn<SupplyOverview.ThirdPartyLine, String> partyAuthority;
    @FXML private TableColumn<SupplyOverview.ThirdPartyLine, String> partyScope;
    @FXML private TableColumn<SupplyOverview.ThirdPartyLine, String> partyUntil;
    @FXML private TableColumn<SupplyOverview.ThirdPartyLine, String> partyStatus;
    @FXML private TableView<SupplyOverview.DisclosureLine> disclosuresTable;
    @FXML private TableColumn<SupplyOverview.DisclosureLine, String> disclosedWhen;
    @FXML private TableColumn<SupplyOverview.DisclosureLine, String> disclosedTo;
    @FXML private TableColumn<SupplyOverview.DisclosureLine, String> disclosedRelation;
    @FXML private TableColumn<SupplyOverview.DisclosureLine, String> disclosedItems;
    @FXML private TableColumn<SupplyOverview.DisclosureLine, String> disclosedBasis;
    @FXML private TableColumn<SupplyOverview.DisclosureLine, String> disclosedBy;

    public SupplyPanelView(SupplyPanelViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        // set here, not in FXML: each label comes before its control there
        clearFlagLabel.setLabelFor(clearFlagNote);
        recipientLabel.setLabelFor(recipientChoice);
        organisationLabel.setLabelFor(organisationName);
        organisationReasonLabel.setLabelFor(organisationReason);
        organisationBasisLabel.setLabelFor(organisationBasis);
        thirdPartiesLabel.setLabelFor(thirdPartiesTable);
        disclosuresLabel.setLabelFor(disclosuresTable);
        Views.showText(supplyFlag, model.flagProperty());
        flagBox.visibleProperty().bind(model.flagProperty().isNotEmpty());
        flagBox.managedProperty().bind(flagBox.visibleProperty());
        clearFlagRow.setVisible(model.mayClearFlag());
        clearFlagRow.setManaged(model.mayClearFlag());
        clearFlagNote.textProperty().bindBidirectional(model.clearNoteProperty());
        clearFlagButton.disableProperty().bind(model.busyProperty());

        identityHint.textProperty().bind(model.checkHintProperty());
        Views.showText(identityOutcome, model.identityOutcomeProperty());
        identityOutcome.getStyleClass().add("form-error");
        model.verifiedProperty().addListener((obs, was, now) -> identityOutcome.getStyleClass().setAll("label", now ? "form-success" : "form-error"));
        Views.showText(identityMessage, model.identityMessageProperty());
        checkIdentity.disableProperty().bind(model.busyProperty().or(model.checkClosedProperty()));
        model.answers().addListener((ListChangeListener<SupplyPanelViewModel.Answer>) c -> buildAnswers());
        buildAnswers();

        recipientChoice.setItems(model.recipients());
        recipientChoice.valueProperty().bindBidirectional(model.recipientProperty());
        organisationGrid.visibleProperty().bind(Bindings.createBooleanBinding(model::organisationChosen, model.recipientProperty()));
        organisationGrid.managedProperty().bind(organisationGrid.visibleProperty());
        organisationName.textProperty().bindBidirectional(model.organisationProperty());
        organisationReason.textProperty().bindBidirectional(model.organisationReasonProperty());
        organisationBasis.getItems().setAll(LawfulBasis.values());
        ChoiceCells.show(organisationBasis, b -> b.label() + " (" + b.article().replace("UK GDPR ", "") + ")", "Choose the basis");
        organisationBasis.valueProperty().bindBidirectional(model.organisationBasisProperty());
        model.items().addListener((ListChangeListener<SupplyPanelViewModel.ItemChoice>) c -> buildItems());
        buildItems();
        supplyButton.disableProperty().bind(model.busyProperty());
        Views.showText(supplyMessage, model.supplyMessageProperty());
        Views.showText(suppliedValues, model.suppliedProperty());

        column(partyName, SupplyOverview.ThirdPartyLine::fullName);
        column(partyAuthority, p -> p.authority().label());
        column(partyScope, p -> p.scope().stream().sorted().map(i -> i.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", ")));
        column(partyUntil, p -> p.expiresOn() == null ? "No end date" : SupplyPanelViewModel.DAY.format(p.expiresOn()));
        column(partyStatus, p -> switch (p.status()) {
            case ACTIVE -> "Current";
            case EXPIRED -> "Expired";
            case WITHDRAWN -> "Withdrawn";
        });
        thirdPartiesTable.setItems(model.thirdParties());
        addThirdParty.disableProperty().bind(model.busyProperty());
        WithdrawAuthorityViewModel withdraw = model.withdrawAuthority();
        thirdPartiesTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> withdraw.selectedProperty().set(now));
        withdrawThirdParty.disableProperty().bind(withdraw.cannotWithdraw());
        Views.showText(withdrawMessage, withdraw.messageProperty());
        bindSecurityQuestion(model.securityQuestion());
        bindCallLog(model.callLog());

        column(disclosedWhen, d -> SupplyPanelViewModel.WHEN.format(d.disclosedAt()));
        column(disclosedTo, SupplyOverview.DisclosureLine::recipient);
        column(disclosedRelation, SupplyOverview.DisclosureLine::relation);
        column(disclosedItems, d -> d.items().stream().map(i -> i.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", ")));
        column(disclosedBasis, d -> d.basis().label());
        column(disclosedBy, SupplyOverview.DisclosureLine::agent);
        disclosuresTable.setItems(model.disclosures());
    }

    private void bindSecurityQuestion(SecurityQuestionViewModel form) {
        securityQuestionLabel.setLabelFor(securityQuestionField);
        securityAnswerLabel.setLabelFor(securityAnswerField);
        Views.showText(securityCurrent, form.currentProperty());
        securityQuestionField.textProperty().bindBidirectional(form.questionProperty());
        securityAnswerField.textProperty().bindBidirectional(form.answerProperty());
        saveSecurityQuestion.disableProperty().bind(form.busyProperty());
        Views.showText(securityMessage, form.messageProperty());
        Views.showText(securitySuccess, form.successProperty());
    }

    private void bindCallLog(CallLogViewModel log) {
        callNatureLabel.setLabelFor(callNature);
        callNoteLabel.setLabelFor(callNote);
        callNature.setItems(log.natures());
        ChoiceCells.show(callNature, org.custodian.core.supply.CallLogService.Nature::title, "Choose what the call was about");
        callNature.valueProperty().bindBidirectional(log.natureProperty());
        callNote.textProperty().bindBidirectional(log.noteProperty());
        logCall.disableProperty().bind(log.busyProperty().or(log.doneProperty()));
        callNature.disableProperty().bind(log.doneProperty());
        callNote.disableProperty().bind(log.doneProperty());
        Views.showText(callLogMessage, log.messageProperty());
        Views.showText(callLogged, log.loggedProperty());
    }

    private void buildAnswers() {
        identityGrid.getChildren().clear();
        int row = 0;
        for (SupplyPanelViewModel.Answer answer : model.answers()) {
            TextField field = new TextField();
            field.setId(answer.id());
            field.setAccessibleText(answer.label() + ", as the caller says it");
            field.textProperty().bindBidirectional(answer.typed());
            field.disableProperty().bind(model.checkClosedProperty());
            field.setOnAction(e -> model.checkIdentity());
            Label label = new Label(answer.label());
            label.setLabelFor(field);
            label.setWrapText(true);
            label.setMaxWidth(320);
            identityGrid.addRow(row++, label, field);
        }
    }

    private void buildItems() {
        itemsPane.getChildren().clear();
        for (SupplyPanelViewModel.ItemChoice choice : model.items()) {
            CheckBox box = new CheckBox(choice.item().label());
            box.setId(choice.id());
            box.setAccessibleText("Supply the " + choice.item().label().toLowerCase(Locale.UK));
            box.selectedProperty().bindBidirectional(choice.chosen());
            itemsPane.getChildren().add(box);
        }
    }

    @FXML
    private void checkIdentity() {
        model.checkIdentity();
    }

    @FXML
    private void supply() {
        model.supply();
    }

    @FXML
    private void clearFlag() {
        model.clearFlag();
    }

    @FXML
    private void logCall() {
        model.callLog().log();
    }

    @FXML
    private void saveSecurityQuestion() {
        model.securityQuestion().save();
    }

    /** Withdrawing ends what may be told to someone, so the agent confirms whose authority it is first. */
    @FXML
    private void withdrawThirdParty() {
        WithdrawAuthorityViewModel withdraw = model.withdrawAuthority();
        if (withdraw.selectedProperty().get() == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, withdraw.confirmation(), ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setTitle("Withdraw authority");
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmWithdraw");
        Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Withdraw");
        ok.setId("confirmWithdrawOk");
        ok.setAccessibleText("Withdraw this authority");
        Button keep = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        keep.setId("confirmWithdrawCancel");
        keep.setAccessibleText("Keep the authority");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(yes -> withdraw.withdraw());
    }

    @FXML
    private void addThirdParty() {
        new ThirdPartyDialog(model.thirdPartyForm(), owner).showAndWait();
    }
}
