package org.custodian.app.breach;

import static org.custodian.app.common.Views.column;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.UkDates;
import org.custodian.app.common.Views;
import org.custodian.core.rights.BreachService.AffectedRecord;
import org.custodian.core.rights.BreachService.BreachEntry;
import org.custodian.core.rights.BreachStatus;
import org.custodian.core.users.User;

/** The Breach register page (team leads): a new breach, the register with its clocks, and the chosen one's records. */
public final class BreachView {

    private final BreachViewModel model;
    @FXML private Label breachMessage;
    @FXML private Label breachSuccess;
    @FXML private TextArea breachSummary;
    @FXML private DatePicker breachAwareDate;
    @FXML private TextField breachAwareTime;
    @FXML private DatePicker breachFromDate;
    @FXML private TextField breachFromTime;
    @FXML private DatePicker breachToDate;
    @FXML private TextField breachToTime;
    @FXML private ComboBox<User> breachAgent;
    @FXML private Button recordBreach;
    @FXML private TableView<BreachEntry> breachRegister;
    @FXML private TableColumn<BreachEntry, String> breachAware;
    @FXML private TableColumn<BreachEntry, String> breachSummaryColumn;
    @FXML private TableColumn<BreachEntry, String> breachStatusColumn;
    @FXML private TableColumn<BreachEntry, String> breachRecords;
    @FXML private TableColumn<BreachEntry, String> breachClock;
    @FXML private TableView<AffectedRecord> breachAffected;
    @FXML private TableColumn<AffectedRecord, String> affectedReference;
    @FXML private TableColumn<AffectedRecord, String> affectedAccesses;
    @FXML private ComboBox<BreachStatus> breachNewStatus;
    @FXML private Button setBreachStatus;

    public BreachView(BreachViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        UkDates.apply(breachAwareDate, breachFromDate, breachToDate);
        Views.showText(breachMessage, model.messageProperty());
        Views.showText(breachSuccess, model.successProperty());
        breachSummary.textProperty().bindBidirectional(model.summaryProperty());
        breachAwareDate.valueProperty().bindBidirectional(model.awareDateProperty());
        breachAwareTime.textProperty().bindBidirectional(model.awareTimeProperty());
        breachFromDate.valueProperty().bindBidirectional(model.fromDateProperty());
        breachFromTime.textProperty().bindBidirectional(model.fromTimeProperty());
        breachToDate.valueProperty().bindBidirectional(model.toDateProperty());
        breachToTime.textProperty().bindBidirectional(model.toTimeProperty());
        breachAgent.setItems(model.agents());
        ChoiceCells.show(breachAgent, u -> u.displayName() + " (" + u.username() + ")", breachAgent.getPromptText());
        breachAgent.valueProperty().bindBidirectional(model.agentProperty());
        recordBreach.disableProperty().bind(model.busyProperty());
        column(breachAware, b -> BreachViewModel.when(b.breach().awareAt()));
        column(breachSummaryColumn, b -> b.breach().summary());
        column(breachStatusColumn, b -> b.breach().status().label());
        column(breachRecords, b -> Integer.toString(b.affectedRecords()));
        column(breachClock, BreachEntry::clockText);
        breachRegister.setItems(model.register());
        breachRegister.setRowFactory(table -> new ClockRow());
        breachRegister.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chosenProperty().set(now);
            }
        });
        column(affectedReference, AffectedRecord::customerReference);
        column(affectedAccesses, a -> Integer.toString(a.accesses()));
        breachAffected.setItems(model.affected());
        breachNewStatus.getItems().setAll(model.statuses());
        ChoiceCells.show(breachNewStatus, BreachStatus::label, breachNewStatus.getPromptText());
        breachNewStatus.valueProperty().bindBidirectional(model.statusProperty());
        setBreachStatus.disableProperty().bind(model.busyProperty().or(model.chosenProperty().isNull()));
    }

    /** A breach past its 72 hours and not reported stands out by style; its clock column says so in words. */
    private static final class ClockRow extends TableRow<BreachEntry> {
        @Override
        protected void updateItem(BreachEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("overdue");
            if (!empty && item != null && BreachViewModel.overdue(item)) {
                getStyleClass().add("overdue");
            }
        }
    }

    @FXML
    private void record() {
        model.record();
    }

    @FXML
    private void setStatus() {
        model.setStatus();
    }
}
