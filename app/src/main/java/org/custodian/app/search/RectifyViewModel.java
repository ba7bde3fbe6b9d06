package org.custodian.app.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.Field;
import org.custodian.core.intake.AnswerRules;
import org.custodian.core.records.RecordView;
import org.custodian.core.records.Rectification;
import org.custodian.core.records.RectificationReason;
import org.custodian.core.rules.Violation;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Correcting one detail: which one, the new value (checked by core's rules as it is typed), why, and an optional
 * note. Core checks everything again when it saves and keeps the old value in the history.
 */
public final class RectifyViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RectifyViewModel.class);

    /** A detail that can be corrected, as the agent picks it. */
    public record Target(String label, Field field, Long contactPointId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final RecordView record;
    private final BiConsumer<RecordView, String> onSaved;
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper valueProblem = new ReadOnlyStringWrapper(this, "valueProblem", "");
    private final ObjectProperty<RectificationReason> reason = new SimpleObjectProperty<>(this, "reason");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding canSave;

    RectifyViewModel(Workspace workspace, TaskRunner tasks, RecordView record, List<DetailRow> details,
                     BiConsumer<RecordView, String> onSaved) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.record = record;
        this.onSaved = onSaved;
        List<Target> list = new ArrayList<>();
        for (DetailRow row : details) {
            if (record.correctable().contains(row.field())) {
                boolean contact = row.contactPointId() != null;
                list.add(new Target(row.label() + (contact ? " (" + row.shownProperty().get() + ")" : ""), row.field(),
                        row.contactPointId()));
            }
        }
        for (Field missing : record.missing()) {
            if (record.correctable().contains(missing) && missing != Field.PHONE && missing != Field.EMAIL) {
                list.add(new Target(missing.label() + " (not held yet)", missing, null));
            }
        }
        targets.setAll(list);
        target.addListener((obs, old, now) -> check());
        value.addListener((obs, old, now) -> check());
        canSave = Bindings.createBooleanBinding(() -> target.get() != null && !value.get().isBlank()
                        && valueProblem.get().isEmpty() && reason.get() != null
                        && (reason.get() != RectificationReason.OTHER || !note.get().isBlank()) && !busy.get(),
                target, value, valueProblem, reason, note, busy);
    }

    /** Core's verdict on the value typed so far, as the sentence shown under the field. */
    private void check() {
        Target t = target.get();
        if (t == null || value.get().isBlank()) {
            valueProblem.set("");
            return;
        }
        List<Violation> found = AnswerRules.check(t.field(), value.get(), LocalDate.now()).problems();
        valueProblem.set(found.isEmpty() ? "" : "New value: " + afterColon(found.get(0).message()));
    }

    private static String afterColon(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /**
     * Saves the correction through core. {@code done} runs when it is saved; a refusal is shown and the form
     * stays open with everything typed still in it.
     */
    public void save(Runnable done) {
        Target t = target.get();
        if (t == null) {
            problems.set("Detail: choose which detail to correct.");
            return;
        }
        busy.set(true);
        problems.set("");
        Rectification change = new Rectification(record.customerId(), record.purposeCode(), t.field(), t.contactPointId(),
                value.get(), reason.get(), note.get());
        tasks.run(() -> workspace.records().rectify(workspace.session(), change), updated -> {
            busy.set(false);
            onSaved.accept(updated, t.field().label());
            done.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                problems.set(String.join(" ", invalid.violations().stream().map(Violation::message).toList()));
            } else {
                problems.set(UserMessages.sentenceFor(failure, LOG, "correcting a detail"));
            }
        });
    }

    public String heading() {
        return "Correct a detail of " + record.fullName() + " (" + record.reference() + ")";
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty valueProblemProperty() {
        return valueProblem.getReadOnlyProperty();
    }

    public List<RectificationReason> reasons() {
        return List.of(RectificationReason.values());
    }

    public ObjectProperty<RectificationReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

}
