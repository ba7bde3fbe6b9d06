package org.custodian.app.login;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.CustodianException;
import org.custodian.core.errors.KeyRingException;
import org.custodian.core.errors.StoreMissingException;
import org.custodian.core.store.DataDirectory.StoreState;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signs a person in to an existing store; a store that cannot be opened is explained, never replaced. */
public final class LoginViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final Custodian custodian;
    private final TaskRunner tasks;
    private final Consumer<Workspace> onLoggedIn;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(this, "blocked", false);

    public LoginViewModel(Custodian custodian, TaskRunner tasks, String initialMessage, Consumer<Workspace> onLoggedIn) {
        this.custodian = custodian;
        this.tasks = tasks;
        this.onLoggedIn = onLoggedIn;
        message.set(initialMessage == null ? "" : initialMessage);
    }

    /**
     * Called when the screen shows: explains a store that cannot be opened, and otherwise starts the slow
     * first-unlock work while the person types.
     */
    public void shown() {
        try {
            StoreState state = custodian.state();
            CustodianException refusal = switch (state) {
                case KEY_RING_MISSING -> new KeyRingException(KeyRingException.Problem.MISSING);
                case DATABASE_MISSING -> new StoreMissingException();
                default -> null;
            };
            if (refusal != null) {
                blocked.set(true);
                message.set(refusal.userMessage());
                return;
            }
        } catch (RuntimeException e) {
            blocked.set(true);
            message.set(UserMessages.sentenceFor(e, LOG, "reading the data directory"));
            return;
        }
        tasks.run(() -> {
            custodian.warmUp();
            return null;
        }, done -> LOG.debug("warm-up finished"), failure -> LOG.warn("Warm-up failed: {}", failure.getClass().getName()));
    }

    public void logIn() {
        if (busy.get() || blocked.get()) {
            return;
        }
        String name = username.get() == null ? "" : username.get();
        Passphrase typed = Passphrase.copyOf(password.get() == null ? "" : password.get());
        password.set("");
        busy.set(true);
        message.set("");
        tasks.run(() -> {
            try (typed) {
                return custodian.logIn(name, typed);
            }
        }, workspace -> {
            busy.set(false);
            LOG.info("Logged in");
            onLoggedIn.accept(workspace);
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "logging in"));
        });
    }

    public StringProperty usernameProperty() {
        return username;
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

    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }
}
