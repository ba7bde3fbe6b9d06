package org.custodian.app.users;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.app.common.FieldMessages;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Usernames;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.users.User;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The "Add user" form on the users page. The new person must change the initial password at first login. */
public final class AddUserViewModel {

    public static final String CONFIRM_FIELD = "Confirm password";
    private static final Logger LOG = LoggerFactory.getLogger(AddUserViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Runnable onAdded;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.AGENT);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty confirm = new SimpleStringProperty(this, "confirm", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final FieldMessages fields = new FieldMessages(Usernames.FIELD, Usernames.DISPLAY_NAME_FIELD,
            PasswordPolicy.FIELD, CONFIRM_FIELD);

    AddUserViewModel(Workspace workspace, TaskRunner tasks, Runnable onAdded) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onAdded = onAdded;
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public void add() {
        if (busy.get()) {
            return;
        }
        fields.clear();
        message.set("");
        success.set("");
        if (!Objects.equals(password.get(), confirm.get())) {
            fields.of(CONFIRM_FIELD).set("Confirm password: it does not match the password; type it again.");
            return;
        }
        String name = username.get();
        String fullName = displayName.get();
        Role chosenRole = role.get();
        Passphrase initial = Passphrase.copyOf(password.get());
        busy.set(true);
        tasks.run(() -> {
            try (initial) {
                return workspace.users().add(workspace.session(), name, fullName, chosenRole, initial);
            }
        }, (User added) -> {
            busy.set(false);
            username.set("");
            displayName.set("");
            password.set("");
            confirm.set("");
            role.set(Role.AGENT);
            success.set("Added " + added.username() + " as " + added.role().withArticle()
                    + ". Give them the initial password in person; they choose their own at first login.");
            LOG.info("User added");
            onAdded.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                message.set(fields.show(invalid.violations()));
            } else {
                message.set(UserMessages.sentenceFor(failure, LOG, "adding a user"));
            }
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public StringProperty fieldMessage(String field) {
        return fields.of(field);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
