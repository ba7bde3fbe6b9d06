package org.custodian.app.practice;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.stage.Window;
import org.custodian.app.common.Views;

/** The practice data page for team leads. */
public final class PracticeDataView {

    private final PracticeDataViewModel model;
    private final Window owner;
    private javafx.beans.property.ObjectProperty<Integer> countValue;
    @FXML private Spinner<Integer> practiceCount;
    @FXML private Button generatePractice;
    @FXML private Button stopPractice;
    @FXML private ProgressBar practiceProgress;
    @FXML private Label practiceStatus;
    @FXML private Label practiceMessage;
    @FXML private Label practiceSuccess;

    public PracticeDataView(PracticeDataViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, model.maxCount(), model.countProperty().get(), 1_000);
        practiceCount.setValueFactory(factory);
        countValue = model.countProperty().asObject();
        factory.valueProperty().bindBidirectional(countValue);
        // a typed number counts when the field loses focus, as well as on Enter
        practiceCount.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                practiceCount.increment(0);
            }
        });
        practiceProgress.progressProperty().bind(model.progressProperty());
        practiceProgress.visibleProperty().bind(model.runningProperty().or(model.progressProperty().greaterThan(0)));
        Views.showText(practiceStatus, model.statusProperty());
        Views.showText(practiceMessage, model.messageProperty());
        Views.showText(practiceSuccess, model.successProperty());
        generatePractice.disableProperty().bind(model.runningProperty());
        practiceCount.disableProperty().bind(model.runningProperty());
        stopPractice.disableProperty().bind(model.runningProperty().not());
    }

    @FXML
    private void generate() {
        practiceCount.increment(0);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.confirmation(), ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setTitle("Practice data");
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmPractice");
        Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("confirmPracticeOk");
        ok.setText("Add them");
        ok.setAccessibleText("Add the fictional customers");
        Button cancel = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("confirmPracticeCancel");
        cancel.setAccessibleText("Add nothing");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(yes -> model.generate());
    }

    @FXML
    private void stop() {
        model.stop();
    }
}
