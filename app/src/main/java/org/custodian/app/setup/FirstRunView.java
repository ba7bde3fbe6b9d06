package org.custodian.app.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import org.custodian.app.common.Views;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Usernames;

public final class FirstRunView {

    private final FirstRunViewModel model;
    @FXML private TextField setupUsername;
    @FXML private TextField setupDisplayName;
    @FXML private PasswordField setupPassword;
    @FXML private PasswordField setupConfirm;
    @FXML private Label setupUsernameError;
    @FXML private Label setupDisplayNameError;
    @FXML private Label setupPasswordError;
    @FXML private Label setupConfirmError;
    @FXML private ProgressBar setupStrength;
    @FXML private Label setupStrengthLabel;
    @FXML private Label setupStrengthHint;
    @FXML private Label setupMessage;
    @FXML private Button createStore;

    public FirstRunView(FirstRunViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        setupUsername.textProperty().bindBidirectional(model.usernameProperty());
        setupDisplayName.textProperty().bindBidirectional(model.displayNameProperty());
        setupPassword.textProperty().bindBidirectional(model.passwordProperty());
        setupConfirm.textProperty().bindBidirectional(model.confirmProperty());
        Views.showText(setupUsernameError, model.fieldMessage(Usernames.FIELD));
        Views.showText(setupDisplayNameError, model.fieldMessage(Usernames.DISPLAY_NAME_FIELD));
        Views.showText(setupPasswordError, model.fieldMessage(PasswordPolicy.FIELD));
        Views.showText(setupConfirmError, model.fieldMessage(FirstRunViewModel.CONFIRM_FIELD));
        Views.bindStrength(setupStrength, model.strength());
        Views.showText(setupStrengthLabel, model.strength().labelProperty());
        Views.showText(setupStrengthHint, model.strength().hintProperty());
        Views.showText(setupMessage, model.messageProperty());
        createStore.disableProperty().bind(model.busyProperty());
        Platform.runLater(setupUsername::requestFocus);
    }

    @FXML
    private void create() {
        model.create();
    }
}
