package org.custodian.app.handover;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.ScreenWork;
import org.custodian.app.common.TaskRunner;
import org.custodian.core.auth.Role;
import org.custodian.core.handover.Department;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.handover.Timeliness;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Handovers page: what is waiting for the signed-in person (by name or in a department's queue), overdue
 * first; what they sent and where each stands; the whole note of the one chosen (opening it is an event); and
 * "Confirm I understand". Team leads also keep the list of departments.
 */
public final class HandoversViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HandoversViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Workspace workspace;
    private final ScreenWork screenWork;
    private final ObservableList<HandoverItem> queue = FXCollections.observableArrayList();
    private final ObservableList<HandoverItem> sent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HandoverItem> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyStringWrapper queueSummary = new ReadOnlyStringWrapper(this, "queueSummary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding canAcknowledge;
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>(this, "department");
    private final StringProperty newDepartment = new SimpleStringProperty(this, "newDepartment", "");

    public HandoversViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.screenWork = new ScreenWork(tasks, busy, message, success, LOG);
        canAcknowledge = Bindings.createBooleanBinding(() -> opened.get() != null && opened.get().mayAcknowledge() && !busy.get(),
                opened, busy);
    }

    /** Reads the queue, the sent list and (for team leads) the departments again. */
    public void refresh() {
        run(() -> new Lists(workspace.handovers().queue(workspace.session()), workspace.handovers().sent(workspace.session()),
                workspace.handovers().departments()), lists -> {
                    queue.setAll(lists.queue());
                    sent.setAll(lists.sent());
                    departments.setAll(lists.departments());
                    long overdue = lists.queue().stream().filter(HandoverItem::overdue).count();
                    queueSummary.set(lists.queue().isEmpty() ? "Nothing is waiting for you."
                            : count(lists.queue().size(), "handover") + " waiting for you or your departments"
                            + (overdue == 0 ? "." : ", " + overdue + " overdue (listed first)."));
                }, "listing handovers", false);
    }

    private record Lists(java.util.List<HandoverItem> queue, java.util.List<HandoverItem> sent,
                         java.util.List<Department> departments) {
    }

    /** Shows the whole note of a handover; core records the opening. */
    public void open(HandoverItem item) {
        if (item == null || (opened.get() != null && opened.get().id() == item.id())) {
            return;
        }
        run(() -> workspace.handovers().open(workspace.session(), item.id()), now -> {
            opened.set(now);
            replace(queue, now);
            replace(sent, now);
        }, "opening a handover", true);
    }

    /** The receiver confirms they understand the handover and have it in hand. */
    public void acknowledge() {
        HandoverItem item = opened.get();
        if (item == null) {
            return;
        }
        run(() -> workspace.handovers().acknowledge(workspace.session(), item.id()), confirmed -> {
            opened.set(confirmed);
            queue.removeIf(h -> h.id() == confirmed.id());
            success.set("Confirmed: the handover about " + confirmed.customerName() + " is yours now, and "
                    + confirmed.fromName() + " can see you have it.");
            refresh();
        }, "confirming a handover", true);
    }

    public void addDepartment() {
        String name = newDepartment.get();
        run(() -> workspace.handovers().addDepartment(workspace.session(), name), added -> {
            newDepartment.set("");
            success.set(added.name() + " added: handovers can now go to its queue.");
            refresh();
        }, "adding a department", true);
    }

    public void retireDepartment() {
        Department chosen = department.get();
        if (chosen == null) {
            message.set("Department: choose one in the list first.");
            return;
        }
        run(() -> {
            workspace.handovers().retireDepartment(workspace.session(), chosen.code());
            return chosen;
        }, retired -> {
            success.set(retired.name() + " retired: it takes no new handovers; what it was sent stays in the queue.");
            refresh();
        }, "retiring a department", true);
    }

    private <T> void run(Callable<T> work, Consumer<T> then, String during, boolean clear) {
        screenWork.run(work, then, during, clear);
    }

    private static void replace(ObservableList<HandoverItem> list, HandoverItem now) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == now.id()) {
                list.set(i, now);
            }
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---- words for the view (never colour alone)

    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** The "by when" column: overdue and due-soon say so in words. */
    public static String due(HandoverItem h) {
        String at = when(h.handover().dueAt());
        return switch (h.timeliness()) {
            case OVERDUE -> "Overdue: was due " + at;
            case DUE_SOON -> "Due soon: " + at;
            default -> at;
        };
    }

    public static String standing(HandoverItem h) {
        return h.timeliness() == Timeliness.ACKNOWLEDGED
                ? "Confirmed by " + h.acknowledgedBy() + ", " + when(h.handover().acknowledgedAt())
                : h.status().label() + (h.overdue() ? " (overdue)" : "");
    }

    public static String customer(HandoverItem h) {
        return h.customerName() + " (" + h.customerReference() + ")";
    }

    public String detailHeading() {
        HandoverItem h = opened.get();
        return h == null ? "" : customer(h);
    }

    public String detailRoute() {
        HandoverItem h = opened.get();
        return h == null ? "" : "From " + h.fromName() + " to " + h.toLabel() + ", sent " + when(h.handover().sentAt()) + ".";
    }

    public String detailUrgency() {
        HandoverItem h = opened.get();
        return h == null ? "" : h.handover().urgency().label() + ". " + (h.overdue() ? "Overdue: it was needed by "
                : "Needed by ") + when(h.handover().dueAt()) + ".";
    }

    public String detailPromised() {
        HandoverItem h = opened.get();
        return h == null ? "" : h.handover().promised() == null ? "Nothing was promised." : h.handover().promised();
    }

    /** Why the confirm button is off, in words, when the opened handover is not the reader's to confirm. */
    public String detailStanding() {
        HandoverItem h = opened.get();
        if (h == null) {
            return "";
        }
        return switch (h.acknowledgement()) {
            case ALLOWED -> h.status().label() + ". Confirm once you have read it and will take it on.";
            case ALREADY_ACKNOWLEDGED -> "Confirmed by " + h.acknowledgedBy() + ", " + when(h.handover().acknowledgedAt()) + ".";
            case SENDER -> h.status().label() + ". You sent it, so a colleague in the department confirms it.";
            case NOT_THE_RECEIVER -> h.status().label() + ". Only " + h.toLabel() + " can confirm it.";
        };
    }

    public boolean managesDepartments() {
        return workspace.session().is(Role.TEAM_LEAD);
    }

    public ObservableList<HandoverItem> queue() {
        return queue;
    }

    public ObservableList<HandoverItem> sent() {
        return sent;
    }

    public ReadOnlyObjectProperty<HandoverItem> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queueSummaryProperty() {
        return queueSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canAcknowledgeProperty() {
        return canAcknowledge;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public StringProperty newDepartmentProperty() {
        return newDepartment;
    }
}
