package org.custodian.app.breach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
import org.custodian.app.common.ScreenWork;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.rights.BreachRules;
import org.custodian.core.rights.BreachService.AffectedRecord;
import org.custodian.core.rights.BreachService.BreachEntry;
import org.custodian.core.rights.BreachStatus;
import org.custodian.core.users.User;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The breach register (team leads): recording a suspected breach with when it became known and the window of
 * access it concerns (and an agent, if one), the records it touched, the 72-hour clock in words, and its status.
 */
public final class BreachViewModel {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Logger LOG = LoggerFactory.getLogger(BreachViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.UK).withZone(ZONE);
    /** Times are shown as 09:05 and read with or without the leading zero (9:05). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm", Locale.UK);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ScreenWork screenWork;
    private final ObservableList<BreachEntry> register = FXCollections.observableArrayList();
    private final ObservableList<AffectedRecord> affected = FXCollections.observableArrayList();
    private final ObservableList<User> agents = FXCollections.observableArrayList();
    private final ObjectProperty<BreachEntry> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObjectProperty<LocalDate> awareDate = new SimpleObjectProperty<>(this, "awareDate");
    private final StringProperty awareTime = new SimpleStringProperty(this, "awareTime", "");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final StringProperty fromTime = new SimpleStringProperty(this, "fromTime", "00:00");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final StringProperty toTime = new SimpleStringProperty(this, "toTime", "");
    private final ObjectProperty<User> agent = new SimpleObjectProperty<>(this, "agent");
    private final ObjectProperty<BreachStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public BreachViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.screenWork = new ScreenWork(tasks, busy, message, success, LOG);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        awareDate.set(today);
        awareTime.set(TIME.format(LocalTime.ofInstant(now, ZONE)));
        fromDate.set(today);
        toDate.set(today);
        toTime.set(awareTime.get());
        chosen.addListener((obs, old, now2) -> loadAffected());
    }

    public void refresh() {
        run(() -> new Lists(workspace.rights().breaches().register(workspace.session()), workspace.users().list(workspace.session())),
                lists -> {
                    Long keep = chosen.get() == null ? null : chosen.get().breach().id();
                    register.setAll(lists.register());
                    agents.setAll(lists.users().stream().filter(u -> !u.disabled()).toList());
                    chosen.set(lists.register().stream().filter(b -> keep != null && b.breach().id() == keep).findFirst().orElse(null));
                }, "listing breaches", false);
    }

    private record Lists(List<BreachEntry> register, List<User> users) {
    }

    /** Records the breach; the times are read as UK local time. */
    public void record() {
        List<String> problems = new ArrayList<>();
        Instant aware = at(awareDate.get(), awareTime.get(), "Became aware", problems);
        Instant from = at(fromDate.get(), fromTime.get(), "Window from", problems);
        Instant to = at(toDate.get(), toTime.get(), "Window to", problems);
        if (!problems.isEmpty()) {
            message.set(String.join(" ", problems));
            return;
        }
        String text = summary.get();
        Long agentId = agent.get() == null ? null : agent.get().id();
        run(() -> workspace.rights().breaches().record(workspace.session(), text, aware, from, to, agentId), entry -> {
            summary.set("");
            success.set("Breach recorded: " + entry.affectedRecords() + (entry.affectedRecords() == 1 ? " record was" : " records were")
                    + " touched in that window. " + entry.clockText() + ".");
            refresh();
            chosen.set(entry);
        }, "recording a breach", true);
    }

    /** Moves the chosen breach to the chosen status; "reported" is recorded as now. */
    public void setStatus() {
        BreachEntry b = chosen.get();
        BreachStatus next = status.get();
        if (b == null || next == null) {
            message.set(b == null ? "Breach: choose one in the register first." : "Status: choose the new status.");
            return;
        }
        run(() -> workspace.rights().breaches().setStatus(workspace.session(), b.breach().id(), next, Instant.now()), entry -> {
            success.set("Breach " + entry.breach().id() + " is now " + next.label().toLowerCase(Locale.UK) + ". " + entry.clockText() + ".");
            refresh();
        }, "updating a breach", true);
    }

    private void loadAffected() {
        BreachEntry b = chosen.get();
        if (b == null) {
            affected.clear();
            return;
        }
        tasks.run(() -> workspace.rights().breaches().affected(workspace.session(), b.breach().id()), affected::setAll,
                failure -> message.set(UserMessages.sentenceFor(failure, LOG, "listing a breach's records")));
    }

    private static Instant at(LocalDate date, String time, String field, List<String> problems) {
        if (date == null) {
            problems.add(field + ": choose the date.");
            return null;
        }
        try {
            return date.atTime(LocalTime.parse(time == null ? "" : time.strip(), TIME_TYPED)).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(field + ": type the time as hours and minutes, for example 14:30.");
            return null;
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> then, String during, boolean clear) {
        screenWork.run(work, then, during, clear);
    }

    // ---- words for the view (never colour alone)

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public static boolean overdue(BreachEntry entry) {
        return entry.clock() instanceof BreachRules.NotificationClock.Overdue;
    }

    public List<BreachStatus> statuses() {
        return List.of(BreachStatus.values());
    }

    public ObservableList<BreachEntry> register() {
        return register;
    }

    public ObservableList<AffectedRecord> affected() {
        return affected;
    }

    public ObservableList<User> agents() {
        return agents;
    }

    public ObjectProperty<BreachEntry> chosenProperty() {
        return chosen;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<LocalDate> awareDateProperty() {
        return awareDate;
    }

    public StringProperty awareTimeProperty() {
        return awareTime;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    public StringProperty fromTimeProperty() {
        return fromTime;
    }

    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public StringProperty toTimeProperty() {
        return toTime;
    }

    public ObjectProperty<User> agentProperty() {
        return agent;
    }

    public ObjectProperty<BreachStatus> statusProperty() {
        return status;
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
}
