package org.custodian.app.retention;

import static org.custodian.app.common.Views.column;

import java.time.temporal.ChronoUnit;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.Views;
import org.custodian.core.retention.DataCategory;

/** The retention page for team leads. */
public final class RetentionView {

    private final RetentionViewModel model;
    @FXML private Label retentionRulesLabel;
    @FXML private TableView<RetentionViewModel.RuleLine> retentionRules;
    @FXML private TableColumn<RetentionViewModel.RuleLine, String> ruleCategory;
    @FXML private TableColumn<RetentionViewModel.RuleLine, String> rulePeriod;
    @FXML private TableColumn<RetentionViewModel.RuleLine, String> ruleFrom;
    @FXML private TableColumn<RetentionViewModel.RuleLine, String> ruleDue;
    @FXML private Label ruleCategoryChoiceLabel;
    @FXML private ComboBox<DataCategory> ruleCategoryChoice;
    @FXML private Label ruleAmountLabel;
    @FXML private TextField ruleAmount;
    @FXML private Label ruleUnitLabel;
    @FXML private ComboBox<ChronoUnit> ruleUnit;
    @FXML private Button saveRule;
    @FXML private Button dryRun;
    @FXML private Button runSweep;
    @FXML private Button stopSweep;
    @FXML private Label planSummary;
    @FXML private ProgressBar sweepProgress;
    @FXML private Label sweepStatus;
    @FXML private Label retentionMessage;
    @FXML private Label retentionSuccess;

    public RetentionView(RetentionViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        retentionRulesLabel.setLabelFor(retentionRules);
        ruleCategoryChoiceLabel.setLabelFor(ruleCategoryChoice);
        ruleAmountLabel.setLabelFor(ruleAmount);
        ruleUnitLabel.setLabelFor(ruleUnit);
        column(ruleCategory, RetentionViewModel.RuleLine::label);
        column(rulePeriod, RetentionViewModel.RuleLine::period);
        column(ruleFrom, RetentionViewModel.RuleLine::countedFrom);
        column(ruleDue, RetentionViewModel.RuleLine::due);
        retentionRules.setItems(model.lines());
        ruleCategoryChoice.setItems(FXCollections.observableArrayList(DataCategory.values()));
        ChoiceCells.show(ruleCategoryChoice, DataCategory::label, "Choose a kind of record");
        ruleCategoryChoice.valueProperty().bindBidirectional(model.categoryProperty());
        ruleUnit.setItems(FXCollections.observableArrayList(RetentionViewModel.UNITS));
        ChoiceCells.show(ruleUnit, RetentionViewModel::unitLabel, "Unit");
        ruleUnit.valueProperty().bindBidirectional(model.unitProperty());
        ruleAmount.textProperty().bindBidirectional(model.amountProperty());
        Views.showText(planSummary, model.planSummaryProperty());
        Views.showText(sweepStatus, model.statusProperty());
        Views.showText(retentionMessage, model.messageProperty());
        Views.showText(retentionSuccess, model.successProperty());
        sweepProgress.progressProperty().bind(model.progressProperty());
        sweepProgress.visibleProperty().bind(model.runningProperty().or(model.progressProperty().greaterThan(0)));
        saveRule.disableProperty().bind(model.runningProperty());
        dryRun.disableProperty().bind(model.runningProperty());
        runSweep.disableProperty().bind(model.runningProperty());
        stopSweep.disableProperty().bind(model.runningProperty().not());
    }

    @FXML
    private void saveRule() {
        model.saveRule();
    }

    @FXML
    private void dryRun() {
        model.dryRun();
    }

    @FXML
    private void sweep() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Dispose of every record past its retention period? "
                + "What goes cannot be brought back, except from a backup.", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(runSweep.getScene().getWindow());
        confirm.setTitle("Retention");
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmSweep");
        Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("confirmSweepOk");
        ok.setText("Dispose");
        ok.setAccessibleText("Dispose of the records past their rules");
        Button cancel = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("confirmSweepCancel");
        cancel.setAccessibleText("Dispose of nothing");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(yes -> model.sweep());
    }

    @FXML
    private void stop() {
        model.stop();
    }
}
