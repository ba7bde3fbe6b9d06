package org.custodian.app.intake;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.intake.IntakeReview;
import org.custodian.core.intake.SavedIntake;
import org.custodian.core.rights.SuppressionList;
import org.custodian.core.rules.Violation;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-back: core's review of the whole intake (or its reasons to refuse it), likely existing customers,
 * the agent's choice between linking and creating, and the caller's confirmation that gates Save.
 */
public final class ReadBackViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReadBackViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final IntakeSession session;
    private final ObservableList<IntakeReview.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<IntakeReview.DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** Null means "create a new customer". */
    private final ObjectProperty<IntakeReview.DuplicateCandidate> linkTo = new SimpleObjectProperty<>(this, "linkTo");
    private final BooleanProperty confirmed = new SimpleBooleanProperty(this, "confirmed", false);
    private final ReadOnlyBooleanWrapper reviewed = new ReadOnlyBooleanWrapper(this, "reviewed", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper erasedWarning = new ReadOnlyStringWrapper(this, "erasedWarning", "");

    ReadBackViewModel(Workspace workspace, TaskRunner tasks, IntakeSession session) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.session = session;
    }

    /** Asks core for the review; runs each time the agent arrives at the read-back. */
    void load() {
        lines.clear();
        duplicates.clear();
        problems.clear();
        linkTo.set(null);
        confirmed.set(false);
        reviewed.set(false);
        message.set("");
        erasedWarning.set("");
        busy.set(true);
        var form = session.form();
        tasks.run(() -> workspace.intake().review(workspace.session(), form), review -> {
            busy.set(false);
            lines.setAll(review.readBack());
            duplicates.setAll(review.duplicates());
            erasedWarning.set(erasedWarning(review.erasedMatch()));
            reviewed.set(true);
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                problems.setAll(invalid.violations().stream().map(Violation::message).toList());
            } else {
                message.set(UserMessages.sentenceFor(failure, LOG, "reviewing an intake"));
            }
        });
    }

    void save(Consumer<SavedIntake> onSaved) {
        if (!canSave().get()) {
            return;
        }
        var form = session.form();
        Long link = linkTo.get() == null ? null : linkTo.get().customerId();
        boolean callerConfirmed = confirmed.get();
        busy.set(true);
        message.set("");
        tasks.run(() -> workspace.intake().save(workspace.session(), form, link, callerConfirmed), saved -> {
            busy.set(false);
            LOG.info("Intake saved ({} customer)", saved.newCustomer() ? "new" : "linked");
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                message.set(String.join(" ", invalid.violations().stream().map(Violation::message).toList()));
            } else {
                message.set(UserMessages.sentenceFor(failure, LOG, "saving an intake"));
            }
        });
    }

    /** Core found the caller's details among people erased at their request: the agent checks before saving. */
    static String erasedWarning(java.util.Set<SuppressionList.MatchedOn> matched) {
        if (matched.isEmpty()) {
            return "";
        }
        String on = matched.stream().sorted().map(m -> switch (m) {
            case EMAIL -> "email";
            case PHONE -> "phone number";
            case NAME_DOB -> "name and date of birth";
        }).collect(java.util.stream.Collectors.joining(", "));
        return "Someone with this " + on + " had their data erased at their request. Check with the caller that they want "
                + "a new record before saving, and tell a team lead.";
    }

    public ReadOnlyStringProperty erasedWarningProperty() {
        return erasedWarning.getReadOnlyProperty();
    }

    public String readBackWords() {
        return session.script().readBack();
    }

    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> reviewed.get() && confirmed.get() && !busy.get(), reviewed, confirmed, busy);
    }

    public ObservableList<IntakeReview.Line> lines() {
        return lines;
    }

    public ObservableList<IntakeReview.DuplicateCandidate> duplicates() {
        return duplicates;
    }

    /** Core's reasons the intake cannot be saved yet; the agent goes back to fix them. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ObjectProperty<IntakeReview.DuplicateCandidate> linkToProperty() {
        return linkTo;
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    public ReadOnlyBooleanProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
