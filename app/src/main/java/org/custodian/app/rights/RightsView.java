package org.custodian.app.rights;

import static org.custodian.app.common.Views.column;

import java.io.File;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.custodian.app.common.Views;
import org.custodian.core.rights.RightsCase;
import org.custodian.core.rights.RightsDueDates;

/** The Rights requests page: the queue (overdue rows marked in words and by style) and the chosen case's actions. */
public final class RightsView {

    private final RightsViewModel model;
    private final Window owner;
    @FXML private Label rightsMessage;
    @FXML private Label rightsSuccess;
    @FXML private Label rightsSummary;
    @FXML private TableView<RightsCase> rightsQueue;
    @FXML private TableColumn<RightsCase, String> rightsCountdown;
    @FXML private TableColumn<RightsCase, String> rightsKindColumn;
    @FXML private TableColumn<RightsCase, String> rightsCustomer;
    @FXML private TableColumn<RightsCase, String> rightsReceivedColumn;
    @FXML private TableColumn<RightsCase, String> rightsDue;
    @FXML private TableColumn<RightsCase, String> rightsIdentity;
    @FXML private Label rightsDetail;
    @FXML private Button identityArrived;
    @FXML private VBox leadActions;
    @FXML private Button extendRequest;
    @FXML private TextField exportFolder;
    @FXML private Button chooseExportFolder;
    @FXML private Button exportData;
    @FXML private Button eraseRecord;
    @FXML private Button restrictRecord;
    @FXML private Button recordObjection;
    @FXML private Button closeRequest;
    @FXML private TextField holdReason;
    @FXML private Button placeHold;
    @FXML private Button releaseHold;

    public RightsView(RightsViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        Views.showText(rightsMessage, model.messageProperty());
        Views.showText(rightsSuccess, model.successProperty());
        Views.showText(rightsSummary, model.summaryProperty());
        column(rightsCountdown, RightsCase::countdownText);
        column(rightsKindColumn, c -> c.request().kind().label());
        column(rightsCustomer, RightsViewModel::customer);
        column(rightsReceivedColumn, c -> RightsViewModel.day(c.request().receivedOn()));
        column(rightsDue, c -> RightsViewModel.day(c.request().dueOn()));
        column(rightsIdentity, RightsViewModel::identity);
        rightsQueue.setItems(model.queue());
        rightsQueue.setRowFactory(table -> new CountdownRow());
        rightsQueue.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chosenProperty().set(now);
            }
        });
        model.chosenProperty().addListener((obs, old, now) -> rightsDetail.setText(now == null
                ? "Choose a request in the list." : model.detail()));
        rightsDetail.setText("Choose a request in the list.");
        BooleanBinding cannot = model.canActProperty().not();
        identityArrived.disableProperty().bind(cannot);
        leadActions.setVisible(model.teamLead());
        leadActions.setManaged(model.teamLead());
        for (Button b : new Button[] {extendRequest, exportData, eraseRecord, restrictRecord, recordObjection, closeRequest,
                placeHold, releaseHold}) {
            b.disableProperty().bind(cannot);
        }
        exportFolder.textProperty().bindBidirectional(model.exportFolderProperty());
        holdReason.textProperty().bindBidirectional(model.holdReasonProperty());
    }

    /** Marks overdue rows and those due within a week by style; the countdown column says the same in words. */
    private static final class CountdownRow extends TableRow<RightsCase> {
        @Override
        protected void updateItem(RightsCase item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("overdue", "due-soon");
            if (!empty && item != null && item.overdue()) {
                getStyleClass().add("overdue");
            } else if (!empty && item != null && (item.countdown() instanceof RightsDueDates.Countdown.DueToday
                    || item.countdown() instanceof RightsDueDates.Countdown.DueIn in && in.days() <= 7)) {
                getStyleClass().add("due-soon");
            }
        }
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the customer's data");
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            model.exportFolderProperty().set(folder.getAbsolutePath());
        }
    }

    @FXML
    private void identityArrived() {
        model.identityArrived();
    }

    @FXML
    private void extend() {
        model.extend();
    }

    @FXML
    private void export() {
        model.export();
    }

    /** Erasure cannot be undone, so the team lead confirms it first; core still decides whether it may happen. */
    @FXML
    private void erase() {
        RightsCase c = model.chosenProperty().get();
        if (c == null) {
            model.erase(); // says to choose one
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Erase everything held about " + RightsViewModel.customer(c)
                + "? This cannot be undone; the audit trail keeps only pseudonymous keys.", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setHeaderText("Erase the record");
        confirm.getDialogPane().setId("confirmErasure");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.erase());
    }

    @FXML
    private void placeHold() {
        model.placeHold();
    }

    @FXML
    private void releaseHold() {
        model.releaseHold();
    }

    @FXML
    private void restrict() {
        model.restrict();
    }

    @FXML
    private void recordObjection() {
        model.recordObjection();
    }

    @FXML
    private void closeCompleted() {
        model.closeCompleted();
    }
}
