package org.custodian.app.lock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.custodian.app.common.Views;

public final class LockView {

    private final LockViewModel model;
    @FXML private Label lockSignedIn;
    @FXML private PasswordField unlockPassword;
    @FXML private Label lockMessage;
    @FXML private Button unlock;
    @FXML private Button lockLogOut;

    public LockView(LockViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        lockSignedIn.setText(model.signedIn());
        unlockPassword.textProperty().bindBidirectional(model.passwordProperty());
        Views.showText(lockMessage, model.messageProperty());
        unlock.disableProperty().bind(model.busyProperty());
        lockLogOut.disableProperty().bind(model.busyProperty());
        Platform.runLater(unlockPassword::requestFocus);
    }

    @FXML
    private void unlock() {
        model.unlock();
    }

    @FXML
    private void logOut() {
        model.logOut();
    }
}
