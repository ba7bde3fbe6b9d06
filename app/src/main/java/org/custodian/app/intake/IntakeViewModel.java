package org.custodian.app.intake;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.intake.DraftService;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Intake page: choose a script and start a call, or pick up one of my parked calls. While a call is in
 * progress the page shows its wizard instead; when the call ends the page comes back with a note of what happened.
 */
public final class IntakeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, d MMM", java.util.Locale.UK);

    /** A script as offered: title and kind of enquiry. */
    public record ScriptChoice(Script script) {
        @Override
        public String toString() {
            String kind = script.enquiryType().label();
            // "Complaint (listen, apologise, ...)" already says its kind; "Welcome call" does not
            return script.title().toLowerCase(java.util.Locale.UK).startsWith(kind.toLowerCase(java.util.Locale.UK))
                    ? script.title() : script.title() + " (" + kind + ")";
        }
    }

    /** A parked call as listed: its kind, when it was parked and when it will be deleted. No personal data. */
    public record ParkedCall(DraftService.Parked parked, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<ScriptChoice> scripts = FXCollections.observableArrayList();
    private final ObservableList<ParkedCall> parked = FXCollections.observableArrayList();
    private final ObjectProperty<ScriptChoice> chosenScript = new SimpleObjectProperty<>(this, "chosenScript");
    private final ObjectProperty<ParkedCall> chosenParked = new SimpleObjectProperty<>(this, "chosenParked");
    private final ReadOnlyObjectWrapper<WizardViewModel> wizard = new ReadOnlyObjectWrapper<>(this, "wizard");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public IntakeViewModel(Workspace workspace, TaskRunner tasks, Clock clock) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void refresh() {
        run(() -> new Lists(workspace.scripts().scripts(), workspace.drafts().mine(workspace.session())), lists -> {
            scripts.setAll(lists.scripts().stream().map(ScriptChoice::new).toList());
            parked.setAll(lists.parked().stream().map(this::row).toList());
            if (chosenScript.get() == null || !scripts.contains(chosenScript.get())) {
                chosenScript.set(scripts.isEmpty() ? null : scripts.get(0));
            }
        }, "listing scripts and parked calls");
    }

    private record Lists(List<Script> scripts, List<DraftService.Parked> parked) {
    }

    private ParkedCall row(DraftService.Parked p) {
        ZoneId zone = clock.getZone();
        return new ParkedCall(p, p.label() + " · parked " + WHEN.withZone(zone).format(p.parkedAt())
                + " · deleted after " + WHEN.withZone(zone).format(p.expiresAt()));
    }

    public void start() {
        ScriptChoice choice = chosenScript.get();
        if (choice == null || busy.get()) {
            return;
        }
        run(() -> IntakeSession.start(choice.script(), workspace.scripts().purposeOf(choice.script()), clock.instant()),
                this::open, "starting an intake");
    }

    public void resume() {
        ParkedCall call = chosenParked.get();
        if (call == null || busy.get()) {
            return;
        }
        run(() -> workspace.drafts().resume(workspace.session(), call.parked().id())
                .map(r -> IntakeSession.resume(r, workspace.scripts().purposeOf(r.form().script()))), resumed -> {
            if (resumed.isPresent()) {
                open(resumed.get());
            } else {
                message.set("That parked call has expired or was already picked up; start the call again.");
                refresh();
            }
        }, "resuming a parked intake");
    }

    public void discard() {
        ParkedCall call = chosenParked.get();
        if (call == null || busy.get()) {
            return;
        }
        run(() -> {
            workspace.drafts().discard(workspace.session(), call.parked().id());
            return null;
        }, done -> {
            note.set("Parked call discarded.");
            refresh();
        }, "discarding a parked intake");
    }

    private void open(IntakeSession session) {
        note.set("");
        wizard.set(new WizardViewModel(workspace, tasks, clock, session, this::closed));
    }

    private void closed(String outcome) {
        wizard.set(null);
        note.set(outcome);
        refresh();
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then, String during) {
        message.set("");
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, during));
        });
    }

    public ObservableList<ScriptChoice> scripts() {
        return scripts;
    }

    public ObservableList<ParkedCall> parked() {
        return parked;
    }

    public ObjectProperty<ScriptChoice> chosenScriptProperty() {
        return chosenScript;
    }

    public ObjectProperty<ParkedCall> chosenParkedProperty() {
        return chosenParked;
    }

    /** The call in progress, or null while the agent is choosing. */
    /** The page is being replaced: a call in progress is parked rather than dropped. */
    public void leave() {
        WizardViewModel current = wizard.get();
        if (current != null) {
            current.leave();
        }
    }

    public ReadOnlyObjectProperty<WizardViewModel> wizardProperty() {
        return wizard.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What happened to the last call (parked, cancelled), shown calmly above the lists. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
