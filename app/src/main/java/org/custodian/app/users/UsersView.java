package org.custodian.app.users;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.custodian.app.common.Views;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Usernames;

public final class UsersView {

    private final UsersViewModel model;
    private final Window owner;
    /** Held here because a bidirectional binding keeps only a weak reference to it. */
    private javafx.beans.property.ObjectProperty<Integer> idleMinutesValue;
    @FXML private TableView<UserRow> usersTable;
    @FXML private TableColumn<UserRow, String> usernameColumn;
    @FXML private TableColumn<UserRow, String> displayNameColumn;
    @FXML private TableColumn<UserRow, String> roleColumn;
    @FXML private TableColumn<UserRow, String> statusColumn;
    @FXML private Label usersMessage;
    @FXML private Label usersSuccess;
    @FXML private Label selectedUser;
    @FXML private PasswordField resetPassword;
    @FXML private PasswordField resetConfirm;
    @FXML private Button resetPasswordButton;
    @FXML private Button disableUser;
    @FXML private TextField newUsername;
    @FXML private TextField newDisplayName;
    @FXML private ComboBox<Role> newRole;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newConfirm;
    @FXML private Label newUsernameError;
    @FXML private Label newDisplayNameError;
    @FXML private Label newPasswordError;
    @FXML private Label newConfirmError;
    @FXML private Label addUserMessage;
    @FXML private Label addUserSuccess;
    @FXML private Button addUser;
    @FXML private Spinner<Integer> idleMinutes;
    @FXML private Button saveIdleLock;
    @FXML private Spinner<Integer> staleMonths;
    @FXML private Button saveStaleMonths;
    private javafx.beans.property.ObjectProperty<Integer> staleMonthsValue;
    @FXML private javafx.scene.layout.FlowPane policyItems;
    @FXML private Spinner<Integer> policyRequired;
    @FXML private Button savePolicy;
    @FXML private Label policyMessage;
    @FXML private Label policySuccess;
    private javafx.beans.property.ObjectProperty<Integer> policyRequiredValue;

    public UsersView(UsersViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        bindTable();
        Views.showText(usersMessage, model.messageProperty());
        Views.showText(usersSuccess, model.successProperty());
        resetPassword.textProperty().bindBidirectional(model.resetPasswordProperty());
        resetConfirm.textProperty().bindBidirectional(model.resetConfirmProperty());
        var noSelection = model.selectedProperty().isNull();
        resetPassword.disableProperty().bind(noSelection);
        resetConfirm.disableProperty().bind(noSelection);
        resetPasswordButton.disableProperty().bind(noSelection.or(model.busyProperty()));
        disableUser.disableProperty().bind(model.cannotDisable().or(model.busyProperty()));
        bindAddForm(model.addUser());
        idleMinutes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                model.minIdleMinutes(), model.maxIdleMinutes(), model.idleMinutesProperty().get()));
        idleMinutesValue = model.idleMinutesProperty().asObject();
        idleMinutes.getValueFactory().valueProperty().bindBidirectional(idleMinutesValue);
        saveIdleLock.disableProperty().bind(model.busyProperty());
        staleMonths.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                model.minStaleMonths(), model.maxStaleMonths(), model.staleMonthsProperty().get()));
        staleMonthsValue = model.staleMonthsProperty().asObject();
        staleMonths.getValueFactory().valueProperty().bindBidirectional(staleMonthsValue);
        saveStaleMonths.disableProperty().bind(model.busyProperty());
        bindIdentityCheck(model.identityCheck());
    }

    private void bindIdentityCheck(IdentityCheckSettingsViewModel check) {
        for (IdentityCheckSettingsViewModel.ItemChoice choice : check.items()) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(choice.item().label());
            box.setId(choice.id());
            box.setAccessibleText("Agents may ask the caller's " + choice.item().phrase());
            box.selectedProperty().bindBidirectional(choice.chosen());
            policyItems.getChildren().add(box);
        }
        policyRequired.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, check.maxRequired(),
                check.requiredProperty().get()));
        policyRequiredValue = check.requiredProperty().asObject();
        policyRequired.getValueFactory().valueProperty().bindBidirectional(policyRequiredValue);
        savePolicy.disableProperty().bind(check.busyProperty());
        Views.showText(policyMessage, check.messageProperty());
        Views.showText(policySuccess, check.successProperty());
    }

    private void bindTable() {
        usernameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().username()));
        displayNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().role()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        usersTable.setItems(model.users());
        usersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != usersTable.getSelectionModel().getSelectedItem()) {
                usersTable.getSelectionModel().select(now);
            }
            selectedUser.setText(now == null ? "Choose a user in the table." : now.displayName() + " (" + now.username() + ")");
        });
    }

    private void bindAddForm(AddUserViewModel form) {
        newUsername.textProperty().bindBidirectional(form.usernameProperty());
        newDisplayName.textProperty().bindBidirectional(form.displayNameProperty());
        newRole.getItems().setAll(form.roles());
        newRole.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : role.label();
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        newRole.valueProperty().bindBidirectional(form.roleProperty());
        newPassword.textProperty().bindBidirectional(form.passwordProperty());
        newConfirm.textProperty().bindBidirectional(form.confirmProperty());
        Views.showText(newUsernameError, form.fieldMessage(Usernames.FIELD));
        Views.showText(newDisplayNameError, form.fieldMessage(Usernames.DISPLAY_NAME_FIELD));
        Views.showText(newPasswordError, form.fieldMessage(PasswordPolicy.FIELD));
        Views.showText(newConfirmError, form.fieldMessage(AddUserViewModel.CONFIRM_FIELD));
        Views.showText(addUserMessage, form.messageProperty());
        Views.showText(addUserSuccess, form.successProperty());
        addUser.disableProperty().bind(form.busyProperty());
        // The button is disabled while saving, which drops focus; bring it back to the form for the next person.
        form.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                newUsername.requestFocus();
            }
        });
    }

    @FXML
    private void add() {
        model.addUser().add();
    }

    @FXML
    private void reset() {
        model.resetSelectedPassword();
    }

    @FXML
    private void disable() {
        UserRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Disable " + row.username() + "? Their password will no longer open the store. "
                        + "A team lead can enable the account again by resetting its password.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setTitle("Disable account");
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmDisable");
        var disableButton = confirm.getDialogPane().lookupButton(ButtonType.OK);
        disableButton.setId("confirmDisableOk");
        disableButton.setAccessibleText("Disable " + row.username());
        var keepButton = confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        keepButton.setId("confirmDisableCancel");
        keepButton.setAccessibleText("Keep the account");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.disableSelected());
    }

    @FXML
    private void savePolicy() {
        model.identityCheck().save();
    }

    @FXML
    private void saveStale() {
        model.saveStaleMonths();
    }

    @FXML
    private void saveIdle() {
        model.saveIdleLock();
    }
}
