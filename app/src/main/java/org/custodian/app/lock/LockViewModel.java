package org.custodian.app.lock;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock screen: only the person signed in can unlock, with their password; anyone else logs them out first.
 * Failed unlocks count towards the same lockout as logins, and a lockout ends the session.
 */
public final class LockViewModel {

    public static final String WRONG_PASSWORD = "That password is not right. Type the password you logged in with.";
    public static final String LOCKED_OUT = "Too many failed attempts: you have been logged out and the account "
            + "is locked for a while. Try again later, or ask a team lead to reset the password.";
    private static final Logger LOG = LoggerFactory.getLogger(LockViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Runnable onUnlocked;
    private final Consumer<String> onEnded;

    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    /**
     * @param onEnded called after the session was logged out from this screen, with the sentence the login
     *                screen should show (empty when someone chose to log out)
     */
    public LockViewModel(Workspace workspace, TaskRunner tasks, Runnable onUnlocked, Consumer<String> onEnded) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onUnlocked = onUnlocked;
        this.onEnded = onEnded;
    }

    /** Names only the account, so the next person knows whose session this is; no other staff data shows. */
    public String signedIn() {
        return "Signed in as " + workspace.session().username() + ".";
    }

    public void unlock() {
        if (busy.get()) {
            return;
        }
        Passphrase typed = Passphrase.copyOf(password.get() == null ? "" : password.get());
        password.set("");
        message.set("");
        busy.set(true);
        tasks.run(() -> {
            try (typed) {
                return workspace.unlock(typed);
            }
        }, outcome -> {
            busy.set(false);
            LOG.info("Unlock attempt: {}", outcome);
            switch (outcome) {
                case UNLOCKED -> onUnlocked.run();
                case WRONG_PASSWORD -> message.set(WRONG_PASSWORD);
                case LOCKED_OUT -> endSession(workspace.lockoutMessage().orElse(LOCKED_OUT));
            }
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "unlocking"));
        });
    }

    /** Someone else needs the computer: the locked session is logged out first. */
    public void logOut() {
        endSession("");
    }

    private void endSession(String sentence) {
        busy.set(true);
        tasks.run(() -> {
            workspace.logOut();
            return null;
        }, done -> {
            busy.set(false);
            onEnded.accept(sentence);
        }, failure -> {
            busy.set(false);
            LOG.warn("Logging out from the lock screen failed: {}", failure.getClass().getName());
            workspace.close();
            onEnded.accept(sentence);
        });
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
