package org.custodian.app.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.FieldMessages;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.handover.HandoverNote;
import org.custodian.core.handover.HandoverRules;
import org.custodian.core.handover.Receiver;
import org.custodian.core.handover.Urgency;
import org.custodian.core.records.RecordView;
import org.custodian.core.rules.Violation;
import org.custodian.core.validation.Checked;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handing the open customer's matter to a colleague or a department: who to, the structured note, urgency and by
 * when. Core's rules judge it as it is typed (a field's sentence shows once the agent has been to that field, all
 * of them after a refused send); the dialog stays open, with everything typed, until core has saved it.
 */
public final class HandoverViewModel {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Logger LOG = LoggerFactory.getLogger(HandoverViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final RecordView record;
    private final Consumer<HandoverItem> onSent;
    private final ObservableList<Receiver> receivers = FXCollections.observableArrayList();
    private final ObjectProperty<Receiver> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty need = new SimpleStringProperty(this, "need", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");
    private final StringProperty promised = new SimpleStringProperty(this, "promised", "");
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(this, "urgency");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
    private final StringProperty dueTime = new SimpleStringProperty(this, "dueTime", "");
    private final FieldMessages fields = new FieldMessages(HandoverRules.TO, HandoverRules.NEED, HandoverRules.DONE,
            HandoverRules.PROMISED, HandoverRules.URGENCY, HandoverRules.DUE);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Set<String> touched = new HashSet<>();
    private final BooleanBinding canSend;
    /** While true, the "by when" follows the urgency; the agent typing a date or time of their own stops that. */
    private boolean dueFollowsUrgency = true;
    private boolean settingDue;

    HandoverViewModel(Workspace workspace, TaskRunner tasks, RecordView record, Consumer<HandoverItem> onSent) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.record = record;
        this.onSent = onSent;
        watch(HandoverRules.TO, to);
        watch(HandoverRules.NEED, need);
        watch(HandoverRules.DONE, done);
        watch(HandoverRules.PROMISED, promised);
        watch(HandoverRules.URGENCY, urgency);
        watch(HandoverRules.DUE, dueDate);
        watch(HandoverRules.DUE, dueTime);
        urgency.addListener((obs, old, now) -> {
            if (now != null && dueFollowsUrgency) {
                showDue(workspace.handovers().defaultDue(now));
            }
        });
        canSend = Bindings.createBooleanBinding(() -> !busy.get(), busy);
        tasks.run(() -> workspace.handovers().receivers(workspace.session()), receivers::setAll,
                failure -> problems.set(UserMessages.sentenceFor(failure, LOG, "listing who can take a handover")));
    }

    private void watch(String field, ObservableValue<?> value) {
        value.addListener((obs, old, now) -> {
            if (HandoverRules.DUE.equals(field) && !settingDue) {
                dueFollowsUrgency = false;
            }
            touched.add(field);
            check();
        });
    }

    private void showDue(Instant due) {
        ZonedDateTime local = due.atZone(ZONE);
        settingDue = true;
        try {
            dueDate.set(local.toLocalDate());
            dueTime.set(TIME.format(local));
        } finally {
            settingDue = false;
        }
    }

    /** Core's verdict on the note as it stands; sentences show beside the fields the agent has been to. */
    private void check() {
        List<Violation> found = verdict();
        valid.set(found.isEmpty());
        fields.clear();
        fields.show(found.stream().filter(v -> touched.contains(v.field())).toList());
    }

    private List<Violation> verdict() {
        Checked<Instant> due = HandoverRules.due(dueDate.get(), dueTime.get(), ZONE);
        List<Violation> found = new java.util.ArrayList<>(workspace.handovers().check(workspace.session(), note(due.valueIfValid().orElse(null))));
        if (!due.isValid()) {
            found.removeIf(v -> v.field().equals(HandoverRules.DUE));
            found.addAll(due.problems());
        }
        return found;
    }

    private HandoverNote note(Instant due) {
        return new HandoverNote(record.customerId(), record.purposeCode(), to.get(), need.get(), done.get(), promised.get(),
                urgency.get(), due);
    }

    /** Sends it through core; {@code close} runs once it is saved. A refusal is shown and the form stays as typed. */
    public void send(Runnable close) {
        List<Violation> found = verdict();
        if (!found.isEmpty()) {
            showAll(found);
            return;
        }
        HandoverNote note = note(HandoverRules.due(dueDate.get(), dueTime.get(), ZONE).valueIfValid().orElse(null));
        busy.set(true);
        problems.set("");
        tasks.run(() -> workspace.handovers().send(workspace.session(), note), sent -> {
            busy.set(false);
            onSent.accept(sent);
            close.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                showAll(invalid.violations());
            } else {
                problems.set(UserMessages.sentenceFor(failure, LOG, "sending a handover"));
            }
        });
    }

    private void showAll(List<Violation> found) {
        fields.clear();
        String elsewhere = fields.show(found);
        problems.set(elsewhere.isEmpty() ? "Check the fields marked below; nothing has been sent yet." : elsewhere);
    }

    public String heading() {
        return "Hand over " + record.fullName() + " (" + record.reference() + ")";
    }

    public ObservableList<Receiver> receivers() {
        return receivers;
    }

    public List<Urgency> urgencies() {
        return List.of(Urgency.values());
    }

    /** "Urgent (by default within 2 hours)": what each urgency means for the "by when". */
    public static String describe(Urgency u) {
        long hours = u.defaultWithin().toHours();
        return u.label() + " (by default within " + (hours < 24 ? hours + " hours" : hours / 24 + (hours == 24 ? " day" : " days")) + ")";
    }

    public ObjectProperty<Receiver> toProperty() {
        return to;
    }

    public StringProperty needProperty() {
        return need;
    }

    public StringProperty doneProperty() {
        return done;
    }

    public StringProperty promisedProperty() {
        return promised;
    }

    public ObjectProperty<Urgency> urgencyProperty() {
        return urgency;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public StringProperty dueTimeProperty() {
        return dueTime;
    }

    /** The sentence beside one field, by core's field name ({@link HandoverRules#NEED} and so on). */
    public StringProperty problemOf(String field) {
        return fields.of(field);
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether core would accept the note as it stands. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Send stays available (not while sending): pressing it with problems names every one of them. */
    public BooleanBinding canSendProperty() {
        return canSend;
    }
}
