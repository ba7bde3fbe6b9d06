package org.custodian.app.intake;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wizard for one call. It shows where the {@link IntakeSession} is, turns the agent's typing into answers
 * on it, and asks core whether the step may be left: Next is available only when core reports no problems.
 */
public final class WizardViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WizardViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final IntakeSession session;
    private final Consumer<String> onExit;
    private final ConsentViewModel consent;
    private final ReadBackViewModel readBack;
    private final ReadOnlyObjectWrapper<IntakeSession.Position> position = new ReadOnlyObjectWrapper<>(this, "position");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper(this, "stepTitle", "");
    private final ReadOnlyStringWrapper say = new ReadOnlyStringWrapper(this, "say", "");
    private final ObservableList<AnswerInput> inputs = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext", false);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper(this, "reference", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    WizardViewModel(Workspace workspace, TaskRunner tasks, Clock clock, IntakeSession session, Consumer<String> onExit) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.session = session;
        this.onExit = onExit;
        this.consent = new ConsentViewModel(session, clock);
        this.readBack = new ReadBackViewModel(workspace, tasks, session);
        consent.givenProperty().addListener((obs, old, now) -> recheck());
        show();
    }

    private void show() {
        IntakeSession.Position position = session.position();
        message.set("");
        inputs.clear();
        switch (position.kind()) {
            case CONSENT -> {
                stepTitle.set("Consent");
                say.set(consent.wording().text());
            }
            case STEP -> {
                Script.Step step = session.currentStep().orElseThrow();
                stepTitle.set(step.title());
                say.set(step.say());
                for (Script.Question question : step.questions()) {
                    AnswerInput input = new AnswerInput(question, session.answer(question.id()), workspace.intake()::today);
                    input.valueProperty().addListener((obs, old, now) -> {
                        session.answer(question.id(), now);
                        recheck();
                    });
                    inputs.add(input);
                }
            }
            case READ_BACK -> {
                stepTitle.set("Read-back");
                say.set(readBack.readBackWords());
                readBack.load();
            }
            case SAVED -> {
                stepTitle.set("Saved");
                say.set("Give the caller their customer reference.");
            }
        }
        canGoBack.set(session.canGoBack());
        recheck();
        // Set last, and always fired, so the view rebuilds once everything it reads is in place.
        this.position.set(null);
        this.position.set(position);
    }

    private void recheck() {
        List<String> now = switch (session.position().kind()) {
            case CONSENT -> consent.allowsDetails() ? List.of() : List.of(consent.blocker());
            case STEP -> workspace.intake().checkStep(session.script(), session.position().stepId(), session.answers())
                    .stream().map(Violation::message).toList();
            case READ_BACK, SAVED -> List.of();
        };
        problems.setAll(now);
        IntakeSession.Position.Kind at = session.position().kind();
        canGoNext.set(now.isEmpty() && (at == IntakeSession.Position.Kind.CONSENT || at == IntakeSession.Position.Kind.STEP));
    }

    public void next() {
        recheck();
        if (!canGoNext.get() || busy.get()) {
            return;
        }
        session.advance();
        show();
    }

    public void back() {
        if (session.canGoBack() && !busy.get() && !readBack.busyProperty().get()) {
            session.back();
            show();
        }
    }

    public void save() {
        readBack.save(saved -> {
            session.saved();
            reference.set(saved.reference());
            show();
            if (!saved.newCustomer()) {
                message.set("Linked to the existing customer; their details were updated from this call.");
            }
        });
    }

    /** Parks the call at its current step; the agent or the caller can pick it up within 24 hours. */
    /**
     * The agent moved to another page mid-call: the call is parked, so nothing typed is lost and it waits in the
     * parked list. A call with nothing recorded yet is simply closed.
     */
    public void leave() {
        var form = session.form();
        if (form.answers().isEmpty() && form.consent() == null) {
            return;
        }
        park();
    }

    public void park() {
        if (busy.get() || session.position().kind() == IntakeSession.Position.Kind.SAVED) {
            return;
        }
        var form = session.form();
        String stepId = session.parkAt();
        busy.set(true);
        tasks.run(() -> workspace.drafts().park(workspace.session(), form, stepId), id -> {
            busy.set(false);
            LOG.info("Intake parked");
            onExit.accept("Call parked. Resume it from your parked calls within 24 hours; after that it is deleted.");
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "parking an intake"));
        });
    }

    /** Ends the call without saving: the session is dropped, and core has never been asked to store it. */
    public void cancel() {
        if (session.position().kind() == IntakeSession.Position.Kind.SAVED) {
            onExit.accept("");
            return;
        }
        LOG.info("Intake cancelled");
        onExit.accept("Call cancelled. Nothing was saved.");
    }

    public void startAnother() {
        onExit.accept("");
    }

    /** True once the call is saved: cancelling then only leaves the wizard, so no confirmation is needed. */
    public boolean finished() {
        return session.position().kind() == IntakeSession.Position.Kind.SAVED;
    }

    public String scriptTitle() {
        String kind = session.script().enquiryType().label();
        String title = session.script().title();
        return title.toLowerCase(java.util.Locale.UK).startsWith(kind.toLowerCase(java.util.Locale.UK))
                ? title : title + " · " + kind;
    }

    public ConsentViewModel consent() {
        return consent;
    }

    public ReadBackViewModel readBack() {
        return readBack;
    }

    public ReadOnlyObjectProperty<IntakeSession.Position> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return stepTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sayProperty() {
        return say.getReadOnlyProperty();
    }

    public ObservableList<AnswerInput> inputs() {
        return inputs;
    }

    /** What stops Next on this step, one sentence each, naming the field and the fix. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    IntakeSession session() {
        return session;
    }
}
