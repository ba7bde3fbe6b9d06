package org.custodian.app.password;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.custodian.app.common.Views;
import org.custodian.core.auth.PasswordPolicy;

public final class ChangePasswordView {

    private final ChangePasswordViewModel model;
    private final Runnable onLogOut;
    @FXML private VBox passwordCard;
    @FXML private Label passwordTitle;
    @FXML private Label passwordIntro;
    @FXML private PasswordField currentPassword;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField confirmPassword;
    @FXML private Label currentPasswordError;
    @FXML private Label newPasswordError;
    @FXML private Label confirmPasswordError;
    @FXML private ProgressBar newPasswordStrength;
    @FXML private Label newPasswordStrengthLabel;
    @FXML private Label newPasswordHint;
    @FXML private Label passwordMessage;
    @FXML private Label passwordSuccess;
    @FXML private Button changePassword;
    @FXML private Button forcedLogOut;

    /** @param onLogOut offered only when the change is forced; null otherwise */
    public ChangePasswordView(ChangePasswordViewModel model, Runnable onLogOut) {
        this.model = model;
        this.onLogOut = onLogOut;
    }

    @FXML
    private void initialize() {
        if (model.forced()) {
            passwordTitle.setText("Choose your own password");
            passwordIntro.setText("A team lead set the password you logged in with as " + model.username()
                    + ". Choose one only you know before you start work.");
        }
        forcedLogOut.setVisible(model.forced() && onLogOut != null);
        forcedLogOut.setManaged(forcedLogOut.isVisible());
        currentPassword.textProperty().bindBidirectional(model.currentProperty());
        newPassword.textProperty().bindBidirectional(model.nextProperty());
        confirmPassword.textProperty().bindBidirectional(model.confirmProperty());
        Views.showText(currentPasswordError, model.fieldMessage(ChangePasswordViewModel.CURRENT_FIELD));
        Views.showText(newPasswordError, model.fieldMessage(PasswordPolicy.FIELD));
        Views.showText(confirmPasswordError, model.fieldMessage(ChangePasswordViewModel.CONFIRM_FIELD));
        Views.bindStrength(newPasswordStrength, model.strength());
        Views.showText(newPasswordStrengthLabel, model.strength().labelProperty());
        Views.showText(newPasswordHint, model.strength().hintProperty());
        Views.showText(passwordMessage, model.messageProperty());
        Views.showText(passwordSuccess, model.successProperty());
        changePassword.disableProperty().bind(model.busyProperty());
        Platform.runLater(currentPassword::requestFocus);
    }

    @FXML
    private void change() {
        model.change();
    }

    @FXML
    private void logOut() {
        if (onLogOut != null) {
            onLogOut.run();
        }
    }
}
