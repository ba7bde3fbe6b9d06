package org.custodian.app.password;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.app.common.FieldMessages;
import org.custodian.app.common.PasswordStrength;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The signed-in person changes their own password: forced after a team lead set it, or by choice. */
public final class ChangePasswordViewModel {

    public static final String CURRENT_FIELD = "Current password";
    public static final String CONFIRM_FIELD = "Confirm password";
    private static final Logger LOG = LoggerFactory.getLogger(ChangePasswordViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Runnable onChanged;
    private final boolean forced;

    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty confirm = new SimpleStringProperty(this, "confirm", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final FieldMessages fields = new FieldMessages(CURRENT_FIELD, PasswordPolicy.FIELD, CONFIRM_FIELD);
    private final PasswordStrength strength = new PasswordStrength();

    public ChangePasswordViewModel(Workspace workspace, TaskRunner tasks, boolean forced, Runnable onChanged) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.forced = forced;
        this.onChanged = onChanged;
        next.addListener((obs, old, now) ->
                strength.update(workspace.passwordPolicy(), workspace.session().username(), now));
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        fields.clear();
        message.set("");
        success.set("");
        if (!Objects.equals(next.get(), confirm.get())) {
            fields.of(CONFIRM_FIELD).set("Confirm password: it does not match the new password; type it again.");
            return;
        }
        Passphrase currentPassword = Passphrase.copyOf(current.get());
        Passphrase newPassword = Passphrase.copyOf(next.get());
        busy.set(true);
        tasks.run(() -> {
            try (currentPassword; newPassword) {
                workspace.users().changeOwnPassword(workspace.session(), currentPassword, newPassword);
                return null;
            }
        }, done -> {
            busy.set(false);
            clear();
            success.set("Your password has been changed.");
            LOG.info("Own password changed");
            onChanged.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                message.set(fields.show(invalid.violations()));
            } else {
                message.set(UserMessages.sentenceFor(failure, LOG, "changing a password"));
            }
        });
    }

    private void clear() {
        current.set("");
        next.set("");
        confirm.set("");
    }

    /** True when the person may not go on until they choose their own password. */
    public boolean forced() {
        return forced;
    }

    public String username() {
        return workspace.session().username();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
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

    public PasswordStrength strength() {
        return strength;
    }
}
