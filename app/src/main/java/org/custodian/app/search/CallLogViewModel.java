package org.custodian.app.search;

import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.supply.CallLogService;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Log this call": the interaction log entry for a call to an existing customer. The agent chooses what the call
 * was about (and may add a short note); core summarises the actions taken from what the record shows was done.
 */
public final class CallLogViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CallLogViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final long customerId;
    private final String purposeCode;
    private final Supplier<Long> callId;
    private final Instant openedAt;
    private java.util.function.Consumer<org.custodian.core.customers.InteractionLine> onLogged = line -> { };
    private final ObservableList<CallLogService.Nature> natures = FXCollections.observableArrayList();
    private final ObjectProperty<CallLogService.Nature> nature = new SimpleObjectProperty<>(this, "nature");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper logged = new ReadOnlyStringWrapper(this, "logged", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    CallLogViewModel(Workspace workspace, TaskRunner tasks, long customerId, String purposeCode, Supplier<Long> callId, Instant openedAt) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.customerId = customerId;
        this.purposeCode = purposeCode;
        this.callId = callId;
        this.openedAt = openedAt;
        natures.setAll(workspace.callLog().natures());
    }

    /** Logs the call once; the log then shows what was written. */
    public void log() {
        CallLogService.Nature chosen = nature.get();
        CallLogService.CallLogRequest request = new CallLogService.CallLogRequest(customerId, purposeCode, callId.get(), openedAt,
                chosen == null ? null : chosen.scriptId(), note.get());
        message.set("");
        busy.set(true);
        tasks.run(() -> workspace.callLog().logCall(workspace.session(), request), saved -> {
            busy.set(false);
            done.set(true);
            logged.set("Call logged. Actions taken: " + saved.actionsTaken());
            onLogged.accept(saved.line());
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "logging the call"));
        });
    }

    /** The record shows the new line in its interaction list without opening the record again (which is an event). */
    void onLogged(java.util.function.Consumer<org.custodian.core.customers.InteractionLine> then) {
        this.onLogged = then;
    }

    public ObservableList<CallLogService.Nature> natures() {
        return natures;
    }

    public ObjectProperty<CallLogService.Nature> natureProperty() {
        return nature;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loggedProperty() {
        return logged.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
