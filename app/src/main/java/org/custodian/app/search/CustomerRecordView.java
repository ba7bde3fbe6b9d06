package org.custodian.app.search;

import static org.custodian.app.common.Views.column;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.custodian.app.common.Fxml;
import org.custodian.app.common.Views;
import org.custodian.core.customers.InteractionLine;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.records.RecordView;

/** An open record: details masked until revealed, contact points to re-confirm, histories, and corrections. */
public final class CustomerRecordView {

    private final CustomerRecordViewModel model;
    private final Window owner;
    @FXML private Label recordName;
    @FXML private Label recordReference;
    @FXML private Label recordPurpose;
    @FXML private Label recordNotice;
    @FXML private Label recordMessage;
    @FXML private Label recordSuccess;
    @FXML private Button rectifyButton;
    @FXML private Button closeRecord;
    @FXML private GridPane detailsGrid;
    @FXML private VBox supplySlot;
    @FXML private TableView<InteractionLine> interactionsTable;
    @FXML private TableColumn<InteractionLine, String> interactionWhen;
    @FXML private TableColumn<InteractionLine, String> interactionType;
    @FXML private TableColumn<InteractionLine, String> interactionNature;
    @FXML private TableColumn<InteractionLine, String> interactionActions;
    @FXML private TableColumn<InteractionLine, String> interactionAgent;
    @FXML private TableView<RecordView.ConsentLine> consentsTable;
    @FXML private TableColumn<RecordView.ConsentLine, String> consentWhen;
    @FXML private TableColumn<RecordView.ConsentLine, String> consentPurpose;
    @FXML private TableColumn<RecordView.ConsentLine, String> consentChannel;
    @FXML private TableColumn<RecordView.ConsentLine, String> consentStatus;
    @FXML private TableColumn<RecordView.ConsentLine, String> consentMethod;
    @FXML private TableColumn<RecordView.ConsentLine, String> consentWording;
    @FXML private TableView<RecordView.HistoryLine> historyTable;
    @FXML private TableColumn<RecordView.HistoryLine, String> historyWhen;
    @FXML private TableColumn<RecordView.HistoryLine, String> historyField;
    @FXML private TableColumn<RecordView.HistoryLine, String> historyOld;
    @FXML private TableColumn<RecordView.HistoryLine, String> historyReason;
    @FXML private TableColumn<RecordView.HistoryLine, String> historyBy;
    @FXML private Button handoverButton;
    @FXML private Button rightsRequestButton;
    @FXML private Label recordHandoversLabel;
    @FXML private TableView<HandoverItem> recordHandoversTable;
    @FXML private TableColumn<HandoverItem, String> recordHandoverSent;
    @FXML private TableColumn<HandoverItem, String> recordHandoverRoute;
    @FXML private TableColumn<HandoverItem, String> recordHandoverNeed;
    @FXML private TableColumn<HandoverItem, String> recordHandoverPromised;
    @FXML private TableColumn<HandoverItem, String> recordHandoverStatus;

    public CustomerRecordView(CustomerRecordViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        recordName.setText(model.title());
        recordReference.setText(model.reference());
        recordPurpose.setText(model.purposeLine());
        Views.showText(recordNotice, model.noticeProperty());
        Views.showText(recordMessage, model.messageProperty());
        Views.showText(recordSuccess, model.successProperty());
        model.viewProperty().addListener((obs, old, now) -> recordName.setText(model.title()));
        rectifyButton.disableProperty().bind(model.busyProperty());
        model.details().addListener((ListChangeListener<DetailRow>) change -> buildDetails());
        buildDetails();
        supplySlot.getChildren().setAll(Fxml.load(
                new SupplyPanelView(model.supplyPanel(), owner)));

        column(interactionWhen, i -> CustomerRecordViewModel.when(i.savedAt()));
        column(interactionType, InteractionLine::enquiryType);
        column(interactionNature, InteractionLine::nature);
        column(interactionActions, InteractionLine::actionsTaken);
        column(interactionAgent, InteractionLine::agent);
        interactionsTable.setItems(model.interactions());
        column(consentWhen, c -> CustomerRecordViewModel.when(c.recordedAt()));
        column(consentPurpose, RecordView.ConsentLine::purposeName);
        column(consentChannel, RecordView.ConsentLine::channel);
        column(consentStatus, RecordView.ConsentLine::status);
        column(consentMethod, RecordView.ConsentLine::method);
        column(consentWording, RecordView.ConsentLine::wordingVersion);
        consentsTable.setItems(model.consents());
        column(historyWhen, h -> CustomerRecordViewModel.when(h.changedAt()));
        column(historyField, h -> h.field().label());
        column(historyOld, h -> h.oldValue() == null ? "" : h.oldValue());
        column(historyReason, RecordView.HistoryLine::reason);
        column(historyBy, RecordView.HistoryLine::changedBy);
        historyOld.setVisible(model.showsOldValues());
        historyTable.setItems(model.history());
        bindHandovers();
        Platform.runLater(closeRecord::requestFocus);
    }

    /** Handovers (issue 5): the header button and the card at the end of the record. */
    private void bindHandovers() {
        handoverButton.disableProperty().bind(model.busyProperty());
        rightsRequestButton.disableProperty().bind(model.busyProperty());
        recordHandoversLabel.setLabelFor(recordHandoversTable); // the table comes after its label in the FXML
        column(recordHandoverSent, h -> CustomerRecordViewModel.when(h.handover().sentAt()));
        column(recordHandoverRoute, h -> h.fromName() + " to " + h.toLabel());
        column(recordHandoverNeed, h -> h.handover().need());
        column(recordHandoverPromised, h -> h.handover().promised() == null ? "Nothing promised" : h.handover().promised());
        column(recordHandoverStatus, CustomerRecordViewModel::handoverStanding);
        recordHandoversTable.setItems(model.handovers());
    }

    @FXML
    private void handOver() {
        new HandoverDialog(model.handover(), owner).showAndWait();
    }

    @FXML
    private void logRightsRequest() {
        new RightsRequestDialog(model.rightsRequest(), owner).showAndWait();
    }

    /** One row per detail: what it is, its (masked) value, when it was confirmed, and what can be done. */
    private void buildDetails() {
        detailsGrid.getChildren().clear();
        int line = 0;
        for (DetailRow row : model.details()) {
            Label name = new Label(row.label());
            name.setId("label-" + row.key());
            name.getStyleClass().add("text-muted");
            Label value = new Label();
            value.setId("value-" + row.key());
            value.textProperty().bind(row.shownProperty());
            value.getStyleClass().add("read-back-value");
            detailsGrid.addRow(line, name, value);
            int col = 2;
            if (row.lastConfirmed() != null) {
                Label confirmed = new Label((row.stale() ? "Re-confirm: last confirmed " : "Confirmed ")
                        + CustomerRecordViewModel.day(row.lastConfirmed()));
                confirmed.setId("confirmed-" + row.key());
                confirmed.getStyleClass().add(row.stale() ? "field-error" : "text-muted");
                detailsGrid.add(confirmed, col++, line);
            } else {
                col++;
            }
            Button reveal = new Button("Reveal");
            reveal.setId("reveal-" + row.key());
            reveal.setAccessibleText("Reveal the " + row.label().toLowerCase(java.util.Locale.UK) + " in full (logged)");
            reveal.visibleProperty().bind(row.maskedProperty());
            reveal.disableProperty().bind(model.busyProperty());
            reveal.setOnAction(e -> model.reveal(row));
            detailsGrid.add(reveal, col++, line);
            if (row.contactPointId() != null) {
                Button reconfirm = new Button("Confirmed with caller");
                reconfirm.setId("reconfirm-" + row.key());
                reconfirm.setAccessibleText("Record that the caller confirmed this " + row.label().toLowerCase(java.util.Locale.UK)
                        + " is still right");
                reconfirm.disableProperty().bind(model.busyProperty());
                if (row.stale()) {
                    reconfirm.getStyleClass().add("accent");
                }
                reconfirm.setOnAction(e -> model.reconfirm(row));
                detailsGrid.add(reconfirm, col, line);
            }
            line++;
        }
    }

    @FXML
    private void rectify() {
        new RectifyDialog(model.rectification(), owner).showAndWait();
    }

    @FXML
    private void close() {
        model.close();
    }
}
