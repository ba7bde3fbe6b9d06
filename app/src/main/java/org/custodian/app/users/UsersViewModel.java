package org.custodian.app.users;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.settings.SettingsService;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users page for team leads: the list, resetting a password, disabling an account, and the idle-lock
 * setting. Every command goes to core, which checks the role again and has the last word.
 */
public final class UsersViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(UsersViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Runnable onIdleLockChanged;
    private final AddUserViewModel addUser;
    private final IdentityCheckSettingsViewModel identityCheck;

    private final ObservableList<UserRow> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty resetPassword = new SimpleStringProperty(this, "resetPassword", "");
    private final StringProperty resetConfirm = new SimpleStringProperty(this, "resetConfirm", "");
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty(this, "idleMinutes",
            SettingsService.DEFAULT_IDLE_LOCK_MINUTES);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    private final IntegerProperty staleMonths = new SimpleIntegerProperty(this, "staleMonths",
            SettingsService.DEFAULT_CONTACT_STALE_MONTHS);

    public UsersViewModel(Workspace workspace, TaskRunner tasks, Runnable onIdleLockChanged) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onIdleLockChanged = onIdleLockChanged;
        this.addUser = new AddUserViewModel(workspace, tasks, this::listUsers);
        this.identityCheck = new IdentityCheckSettingsViewModel(workspace, tasks);
        selected.addListener((obs, old, now) -> {
            resetPassword.set("");
            resetConfirm.set("");
        });
    }

    public void refresh() {
        identityCheck.refresh();
        listUsers();
    }

    /** The team and the lock settings again, leaving any unsaved identity-check choice on screen as it is. */
    private void listUsers() {
        run(() -> {
            List<UserRow> rows = workspace.users().list(workspace.session()).stream().map(UserRow::of).toList();
            int minutes = (int) workspace.settings().idleLock().toMinutes();
            return new Loaded(rows, minutes, workspace.settings().contactStaleMonths());
        }, loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            users.setAll(loaded.rows());
            idleMinutes.set(loaded.idleMinutes());
            staleMonths.set(loaded.staleMonths());
            selected.set(users.stream().filter(r -> Objects.equals(r.id(), keep)).findFirst().orElse(null));
        }, "listing users", false);
    }

    public void resetSelectedPassword() {
        UserRow row = selected.get();
        if (row == null) {
            return;
        }
        if (!Objects.equals(resetPassword.get(), resetConfirm.get())) {
            message.set("Confirm new password: it does not match the new password; type it again.");
            success.set("");
            return;
        }
        Passphrase chosen = Passphrase.copyOf(resetPassword.get());
        run(() -> {
            try (chosen) {
                workspace.users().resetPassword(workspace.session(), row.id(), chosen);
                return null;
            }
        }, done -> {
            resetPassword.set("");
            resetConfirm.set("");
            success.set("Password reset for " + row.username() + ". They choose their own at their next login.");
            listUsers();
        }, "resetting a password", true);
    }

    public void disableSelected() {
        UserRow row = selected.get();
        if (row == null) {
            return;
        }
        run(() -> {
            workspace.users().disable(workspace.session(), row.id());
            return null;
        }, done -> {
            success.set(row.username() + " is disabled: their password no longer opens the store.");
            listUsers();
        }, "disabling a user", true);
    }

    public void saveIdleLock() {
        int minutes = idleMinutes.get();
        run(() -> {
            workspace.settings().setIdleLockMinutes(workspace.session(), minutes);
            return null;
        }, done -> {
            success.set("The screen now locks after " + minutes + (minutes == 1 ? " minute" : " minutes")
                    + " without activity.");
            onIdleLockChanged.run();
        }, "changing the idle lock", true);
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> then, String during, boolean clearFirst) {
        if (clearFirst) {
            message.set("");
            success.set("");
        }
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            success.set("");
            // core's refusals, invalid input included, already carry their sentence
            message.set(UserMessages.sentenceFor(failure, LOG, during));
        });
    }

    /** How long a phone number or email counts as confirmed before agents are prompted to check it again. */
    public void saveStaleMonths() {
        int months = staleMonths.get();
        run(() -> {
            workspace.settings().setContactStaleMonths(workspace.session(), months);
            return null;
        }, done -> success.set("Agents are now asked to re-confirm a phone number or email not confirmed for "
                + months + (months == 1 ? " month." : " months.")), "changing when contact details are re-confirmed", true);
    }

    public IntegerProperty staleMonthsProperty() {
        return staleMonths;
    }

    public int minStaleMonths() {
        return SettingsService.MIN_CONTACT_STALE_MONTHS;
    }

    public int maxStaleMonths() {
        return SettingsService.MAX_CONTACT_STALE_MONTHS;
    }

    private record Loaded(List<UserRow> rows, int idleMinutes, int staleMonths) {
    }

    public AddUserViewModel addUser() {
        return addUser;
    }

    public IdentityCheckSettingsViewModel identityCheck() {
        return identityCheck;
    }

    public ObservableList<UserRow> users() {
        return users;
    }

    public ObjectProperty<UserRow> selectedProperty() {
        return selected;
    }

    /** True while no row is chosen or the chosen account is already disabled. */
    public BooleanBinding cannotDisable() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().disabled(),
                selected);
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    public StringProperty resetConfirmProperty() {
        return resetConfirm;
    }

    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public int minIdleMinutes() {
        return SettingsService.MIN_IDLE_LOCK_MINUTES;
    }

    public int maxIdleMinutes() {
        return SettingsService.MAX_IDLE_LOCK_MINUTES;
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
