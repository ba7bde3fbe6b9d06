package org.custodian.app.search;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.records.RecordView;
import org.custodian.core.rights.IdentityStatus;
import org.custodian.core.rights.RightKind;
import org.custodian.core.rights.RightsCase;
import org.custodian.core.rules.Violation;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging a rights request from the open record: which right, the day it arrived, and whether identity evidence
 * is still awaited (then the clock has not started). Core works out the due date; the form stays open on refusal.
 */
public final class RightsRequestViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RightsRequestViewModel.class);
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final RecordView record;
    private final Consumer<RightsCase> onLogged;
    private final ObjectProperty<RightKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<LocalDate> received = new SimpleObjectProperty<>(this, "received");
    private final BooleanProperty identityAwaited = new SimpleBooleanProperty(this, "identityAwaited", false);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding canLog;

    RightsRequestViewModel(Workspace workspace, TaskRunner tasks, RecordView record, Consumer<RightsCase> onLogged) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.record = record;
        this.onLogged = onLogged;
        received.set(workspace.rights().requests().today());
        canLog = busy.not();
    }

    public String heading() {
        return "Rights request from " + record.fullName() + " (" + record.reference() + ")";
    }

    public List<RightKind> kinds() {
        return List.of(RightKind.values());
    }

    public static String describe(RightKind kind) {
        return kind.label() + " (" + kind.article() + ")";
    }

    /** Logs it; {@code close} runs once core has saved it. */
    public void log(Runnable close) {
        RightKind chosen = kind.get();
        LocalDate day = received.get();
        if (chosen == null) {
            problems.set("Right: choose which right the customer is asking to use.");
            return;
        }
        if (day == null) {
            problems.set("Received: choose the day the request arrived.");
            return;
        }
        IdentityStatus identity = identityAwaited.get() ? IdentityStatus.AWAITING : IdentityStatus.NOT_NEEDED;
        busy.set(true);
        problems.set("");
        tasks.run(() -> workspace.rights().requests().log(workspace.session(), record.customerId(), chosen, day, identity), logged -> {
            busy.set(false);
            onLogged.accept(logged);
            close.run();
        }, failure -> {
            busy.set(false);
            problems.set(failure instanceof InvalidInputException invalid
                    ? String.join(" ", invalid.violations().stream().map(Violation::message).toList())
                    : UserMessages.sentenceFor(failure, LOG, "logging a rights request"));
        });
    }

    public ObjectProperty<RightKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> receivedProperty() {
        return received;
    }

    public BooleanProperty identityAwaitedProperty() {
        return identityAwaited;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public BooleanBinding canLogProperty() {
        return canLog;
    }
}
