package org.custodian.app.setup;

import java.util.Objects;
import java.util.function.Consumer;
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
import org.custodian.app.common.PasswordStrength;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Usernames;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the encrypted store and its first team lead. The rules are core's; this form only shows them. */
public final class FirstRunViewModel {

    public static final String CONFIRM_FIELD = "Confirm password";
    private static final Logger LOG = LoggerFactory.getLogger(FirstRunViewModel.class);

    private final Custodian custodian;
    private final TaskRunner tasks;
    private final Consumer<Workspace> onCreated;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty confirm = new SimpleStringProperty(this, "confirm", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ObjectProperty<PasswordPolicy> policy = new SimpleObjectProperty<>(this, "policy");
    private final FieldMessages fields = new FieldMessages(Usernames.FIELD, Usernames.DISPLAY_NAME_FIELD,
            PasswordPolicy.FIELD, CONFIRM_FIELD);
    private final PasswordStrength strength = new PasswordStrength();

    public FirstRunViewModel(Custodian custodian, TaskRunner tasks, Consumer<Workspace> onCreated) {
        this.custodian = custodian;
        this.tasks = tasks;
        this.onCreated = onCreated;
        password.addListener((obs, old, now) -> refreshStrength());
        username.addListener((obs, old, now) -> refreshStrength());
        policy.addListener((obs, old, now) -> refreshStrength());
    }

    /**
     * Loads the password lists in the background so the meter can follow typing without a pause, and warms up
     * the store and key derivation so creating the store does not also pay for class loading.
     */
    public void shown() {
        tasks.run(custodian::passwordPolicy, policy::set,
                failure -> message.set(UserMessages.sentenceFor(failure, LOG, "loading the password rules")));
        tasks.run(() -> {
            custodian.warmUp();
            return null;
        }, done -> LOG.debug("warm-up finished"), failure -> LOG.warn("Warm-up failed: {}", failure.getClass().getName()));
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        fields.clear();
        message.set("");
        if (!Objects.equals(password.get(), confirm.get())) {
            fields.of(CONFIRM_FIELD).set("Confirm password: it does not match the password; type it again.");
            return;
        }
        String name = username.get();
        String fullName = displayName.get();
        Passphrase chosen = Passphrase.copyOf(password.get());
        busy.set(true);
        tasks.run(() -> {
            try (chosen) {
                return custodian.setUp(name, fullName, chosen);
            }
        }, workspace -> {
            busy.set(false);
            clearPasswords();
            LOG.info("Store created with its first team lead");
            onCreated.accept(workspace);
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                message.set(fields.show(invalid.violations()));
            } else {
                clearPasswords();
                message.set(UserMessages.sentenceFor(failure, LOG, "setting up the store"));
            }
        });
    }

    private void clearPasswords() {
        password.set("");
        confirm.set("");
    }

    private void refreshStrength() {
        strength.update(policy.get(), username.get(), password.get());
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public PasswordStrength strength() {
        return strength;
    }
}
