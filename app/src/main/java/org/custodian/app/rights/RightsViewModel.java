package org.custodian.app.rights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.ScreenWork;
import org.custodian.app.common.TaskRunner;
import org.custodian.core.auth.Role;
import org.custodian.core.rights.IdentityStatus;
import org.custodian.core.rights.RightKind;
import org.custodian.core.rights.RightsCase;
import org.custodian.core.rights.RightsFlag;
import org.custodian.core.rights.RightsRequest;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Rights requests page: open cases with their countdowns, overdue first (marked in words and by style), and
 * what can be done with the chosen one. Everyone records identity evidence arriving; team leads extend, export,
 * erase, restrict, record objections and close. Core checks every role again.
 */
public final class RightsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RightsViewModel.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);

    private final Workspace workspace;
    private final ScreenWork screenWork;
    private final ObservableList<RightsCase> queue = FXCollections.observableArrayList();
    private final ObjectProperty<RightsCase> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty exportFolder = new SimpleStringProperty(this, "exportFolder", "");
    private final StringProperty holdReason = new SimpleStringProperty(this, "holdReason", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public RightsViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.screenWork = new ScreenWork(tasks, busy, message, success, LOG);
    }

    public void refresh() {
        run(() -> workspace.rights().requests().queue(workspace.session()), cases -> {
            Long keep = chosen.get() == null ? null : chosen.get().request().id();
            queue.setAll(cases);
            chosen.set(cases.stream().filter(c -> keep != null && c.request().id() == keep).findFirst().orElse(null));
            long overdue = cases.stream().filter(RightsCase::overdue).count();
            summary.set(cases.isEmpty() ? "No open rights requests."
                    : cases.size() + " open request" + (cases.size() == 1 ? "" : "s")
                    + (overdue == 0 ? "." : ", " + overdue + " overdue (listed first)."));
        }, "listing rights requests", false);
    }

    public boolean teamLead() {
        return workspace.session().is(Role.TEAM_LEAD);
    }

    /** Identity evidence arrived today: the one-month clock starts now. */
    public void identityArrived() {
        act(c -> workspace.rights().requests().identityVerified(workspace.session(), c.request().id(), today()),
                c -> "Identity evidence recorded: the request is now due by " + day(c.request().dueOn()) + ".");
    }

    /** A complex request: two further months, the requester told today (they must be told within the first month). */
    public void extend() {
        act(c -> workspace.rights().requests().extend(workspace.session(), c.request().id(), 2, today()),
                c -> "Extended by two months: now due by " + day(c.request().dueOn()) + ". Tell the requester why today.");
    }

    /** Writes the person's data as HTML and JSON into the chosen folder. */
    public void export() {
        RightsCase c = chosen.get();
        String folder = exportFolder.get() == null ? "" : exportFolder.get().strip();
        if (c == null) {
            message.set("Request: choose one in the list first.");
            return;
        }
        if (folder.isEmpty() || !Files.isDirectory(Path.of(folder))) {
            message.set("Folder: choose an existing folder to save the files in.");
            return;
        }
        Path html = Path.of(folder, c.customerReference() + "-personal-data.html");
        Path json = Path.of(folder, c.customerReference() + "-personal-data.json");
        boolean portabilityOnly = c.request().kind() == RightKind.PORTABILITY;
        run(() -> workspace.rights().subjectAccess().export(workspace.session(), c.request().id(), portabilityOnly ? null : html, json),
                report -> success.set("Saved " + (portabilityOnly ? "" : html.getFileName() + " and ") + json.getFileName()
                        + " in " + folder + ". Send them securely, then close the request."), "exporting a customer's data", true);
    }

    public void erase() {
        act(c -> workspace.rights().erasure().erase(workspace.session(), c.request().id()),
                c -> "Erased: the record now holds only its reference, and the request is closed.");
    }

    public void restrict() {
        flag(RightsFlag.RESTRICTED, "Restricted: the record is read-only until a team lead lifts the restriction.");
    }

    public void recordObjection() {
        flag(RightsFlag.OBJECTS_TO_MARKETING, "Objection recorded: the record cannot be used or consent recorded for marketing.");
    }

    /** A legal hold on the chosen request's customer: erasure is refused, with this reason, until it is released. */
    public void placeHold() {
        String reason = holdReason.get();
        act(c -> {
            workspace.rights().requests().placeHold(workspace.session(), c.request().customerId(), reason);
            return c;
        }, c -> {
            holdReason.set("");
            return "Legal hold placed on " + customer(c) + ": the record cannot be erased until it is released.";
        });
    }

    public void releaseHold() {
        act(c -> {
            workspace.rights().requests().releaseHold(workspace.session(), c.request().customerId());
            return c;
        }, c -> "Legal holds on " + customer(c) + " released.");
    }

    public StringProperty holdReasonProperty() {
        return holdReason;
    }

    public void closeCompleted() {
        act(c -> workspace.rights().requests().close(workspace.session(), c.request().id(), RightsRequest.Closure.COMPLETED),
                c -> "Closed as completed.");
    }

    private void flag(RightsFlag flag, String said) {
        act(c -> {
            workspace.rights().requests().setFlag(workspace.session(), c.request().id(), flag);
            return c;
        }, c -> said);
    }

    private interface CaseAction {
        RightsCase apply(RightsCase chosen) throws Exception;
    }

    private void act(CaseAction action, java.util.function.Function<RightsCase, String> said) {
        RightsCase c = chosen.get();
        if (c == null) {
            message.set("Request: choose one in the list first.");
            return;
        }
        run(() -> action.apply(c), done -> {
            success.set(said.apply(done));
            refresh();
        }, "updating a rights request", true);
    }

    private <T> void run(Callable<T> work, Consumer<T> then, String during, boolean clear) {
        screenWork.run(work, then, during, clear);
    }

    private LocalDate today() {
        return workspace.rights().requests().today();
    }

    // ---- words for the view (never colour alone)

    public static String day(LocalDate date) {
        return date == null ? "not yet (waiting for identity evidence)" : DAY.format(date);
    }

    public static String customer(RightsCase c) {
        return c.customerName() + " (" + c.customerReference() + ")";
    }

    public static String identity(RightsCase c) {
        return c.request().identity() == IdentityStatus.AWAITING ? "Awaited"
                : c.request().identity() == IdentityStatus.VERIFIED ? "Verified " + day(c.request().identityVerifiedOn()) : "Not needed";
    }

    /** The chosen case in a sentence, for the detail card. */
    public String detail() {
        RightsCase c = chosen.get();
        if (c == null) {
            return "";
        }
        RightsRequest r = c.request();
        return r.kind().label() + " from " + customer(c) + ", received " + day(r.receivedOn()) + ". Identity evidence: "
                + identity(c).toLowerCase(Locale.UK) + ". Due by " + day(r.dueOn())
                + (r.extensionMonths() > 0 ? " (extended by " + r.extensionMonths() + " months)" : "") + ". " + c.countdownText() + ".";
    }

    public List<RightsCase> snapshot() {
        return List.copyOf(queue);
    }

    public ObservableList<RightsCase> queue() {
        return queue;
    }

    public ObjectProperty<RightsCase> chosenProperty() {
        return chosen;
    }

    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
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

    /** True when a case is chosen and nothing is running. */
    public BooleanBinding canActProperty() {
        return Bindings.createBooleanBinding(() -> chosen.get() != null && !busy.get(), chosen, busy);
    }
}
