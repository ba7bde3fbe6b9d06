package org.custodian.app.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.custodian.app.common.Views;

public final class LoginView {

    private final LoginViewModel model;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private Label loginMessage;
    @FXML private Button logIn;
    @FXML private ProgressIndicator loginBusy;

    private final Runnable openAuditPack;

    public LoginView(LoginViewModel model) {
        this(model, () -> { });
    }

    /** @param openAuditPack shows the offline review of an audit pack, which needs no store */
    public LoginView(LoginViewModel model, Runnable openAuditPack) {
        this.model = model;
        this.openAuditPack = openAuditPack;
    }

    @FXML
    private void initialize() {
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        Views.showText(loginMessage, model.messageProperty());
        username.disableProperty().bind(model.blockedProperty());
        password.disableProperty().bind(model.blockedProperty());
        logIn.disableProperty().bind(model.busyProperty().or(model.blockedProperty()));
        loginBusy.visibleProperty().bind(model.busyProperty());
        loginBusy.managedProperty().bind(model.busyProperty());
        Platform.runLater(username::requestFocus);
    }

    @FXML
    private void openAuditPack() {
        openAuditPack.run();
    }

    @FXML
    private void logIn() {
        model.logIn();
    }
}
