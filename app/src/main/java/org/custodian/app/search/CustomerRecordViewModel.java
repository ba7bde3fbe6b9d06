package org.custodian.app.search;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.custodian.core.auth.Role;
import org.custodian.core.customers.InteractionLine;
import org.custodian.core.gdpr.Field;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.records.RecordView;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's record opened for one purpose: the details that purpose needs (masked until revealed, each
 * reveal an event), contact points to re-confirm, the histories, and corrections. Core decides what is shown.
 */
public final class CustomerRecordViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerRecordViewModel.class);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Runnable onClose;
    private final ReadOnlyObjectWrapper<RecordView> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ObservableList<DetailRow> details = FXCollections.observableArrayList();
    private final ObservableList<InteractionLine> interactions = FXCollections.observableArrayList();
    private final ObservableList<RecordView.ConsentLine> consents = FXCollections.observableArrayList();
    private final ObservableList<RecordView.HistoryLine> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final SupplyPanelViewModel supplyPanel;

    CustomerRecordViewModel(Workspace workspace, TaskRunner tasks, RecordView opened, Runnable onClose) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onClose = onClose;
        show(opened);
        loadHandovers();
        this.supplyPanel = new SupplyPanelViewModel(workspace, tasks, opened.customerId(), opened.purposeCode());
        supplyPanel.callLog().onLogged(line -> interactions.add(0, line));
        supplyPanel.refresh();
    }

    /** The identity check, disclosures and third parties for this call. */
    public SupplyPanelViewModel supplyPanel() {
        return supplyPanel;
    }

    private void show(RecordView record) {
        view.set(record);
        List<DetailRow> rows = new ArrayList<>();
        for (RecordView.ShownField f : record.fields()) {
            rows.add(new DetailRow(f.field().name().toLowerCase(Locale.ROOT), f.field(), null, f.shown(), f.masked(), null, false));
        }
        Map<Field, Integer> counts = new EnumMap<>(Field.class);
        for (RecordView.ShownContact c : record.contacts()) {
            int n = counts.merge(c.field(), 1, Integer::sum);
            rows.add(new DetailRow(c.field().name().toLowerCase(Locale.ROOT) + "-" + n, c.field(), c.id(), c.shown(), true,
                    c.verifiedAt(), c.stale()));
        }
        details.setAll(rows);
        interactions.setAll(record.interactions());
        consents.setAll(record.consents());
        history.setAll(record.history());
        notice.set(noticeFor(record));
    }

    static String noticeFor(RecordView record) {
        List<String> parts = new ArrayList<>();
        if (!record.missing().isEmpty()) {
            parts.add("This purpose needs details the record does not hold: " + record.missing().stream().map(Field::label)
                    .map(l -> l.toLowerCase(Locale.UK)).collect(Collectors.joining(", "))
                    + ". Ask the caller if they are happy to give them.");
        }
        long stale = record.contacts().stream().filter(RecordView.ShownContact::stale).count();
        if (stale > 0) {
            parts.add((stale == 1 ? "One contact detail was" : stale + " contact details were") + " last confirmed over "
                    + record.staleAfterMonths() + " months ago: check with the caller that it is still right, then press Confirmed.");
        }
        return String.join(" ", parts);
    }

    /** Shows a masked value in full; core records the reveal with the purpose and the field. */
    public void reveal(DetailRow row) {
        RecordView record = view.get();
        run(() -> workspace.records().reveal(workspace.session(), record.customerId(), record.purposeCode(), row.field(),
                row.contactPointId()), row::revealed, "revealing a field");
    }

    /** The caller confirmed the phone number or email is still right. */
    public void reconfirm(DetailRow row) {
        RecordView record = view.get();
        run(() -> workspace.records().reconfirm(workspace.session(), record.customerId(), record.purposeCode(),
                row.contactPointId()), updated -> {
                    show(updated);
                    success.set(row.label() + " confirmed as still right.");
                }, "re-confirming a contact detail");
    }

    /** A form for correcting one of the details this purpose shows. */
    public RectifyViewModel rectification() {
        return new RectifyViewModel(workspace, tasks, view.get(), details, this::corrected);
    }

    private void corrected(RecordView updated, String what) {
        show(updated);
        message.set("");
        success.set(what + " corrected. The old value is kept in the history with your reason.");
    }

    public void close() {
        onClose.run();
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then, String during) {
        busy.set(true);
        message.set("");
        success.set("");
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, during));
        });
    }

    public String title() {
        return view.get().fullName();
    }

    public String reference() {
        return view.get().reference();
    }

    public String purposeLine() {
        return "Opened for: " + view.get().purposeName();
    }

    /** Old values in the correction history are for team leads only (core leaves them out for agents). */
    public boolean showsOldValues() {
        return workspace.session().is(Role.TEAM_LEAD);
    }

    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    public ReadOnlyObjectProperty<RecordView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> details() {
        return details;
    }

    public ObservableList<InteractionLine> interactions() {
        return interactions;
    }

    public ObservableList<RecordView.ConsentLine> consents() {
        return consents;
    }

    public ObservableList<RecordView.HistoryLine> history() {
        return history;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
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

    // ---- handovers (issue 5): this customer's handovers, and the form for a new one

    private final ObservableList<HandoverItem> handovers = FXCollections.observableArrayList();

    private void loadHandovers() {
        long customerId = view.get().customerId();
        tasks.run(() -> workspace.handovers().forCustomer(workspace.session(), customerId), handovers::setAll,
                failure -> message.set(UserMessages.sentenceFor(failure, LOG, "listing the customer's handovers")));
    }

    /** A form handing this customer's matter over; once sent, the card lists it and the header says so. */
    public HandoverViewModel handover() {
        return new HandoverViewModel(workspace, tasks, view.get(), sent -> {
            message.set("");
            success.set("Handed over to " + sent.toLabel() + ", needed by " + when(sent.handover().dueAt()) + ".");
            loadHandovers();
        });
    }

    public ObservableList<HandoverItem> handovers() {
        return handovers;
    }

    // ---- rights requests (issue 7): logging one from the record

    /** A form logging a rights request from this customer; once logged, the header says when it is due. */
    public RightsRequestViewModel rightsRequest() {
        return new RightsRequestViewModel(workspace, tasks, view.get(), logged -> {
            message.set("");
            success.set(logged.request().kind().label() + " request logged: "
                    + (logged.request().dueOn() == null ? "the clock starts when identity evidence arrives."
                    : "due by " + java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK)
                    .format(logged.request().dueOn()) + ". It is on the Rights requests page."));
        });
    }

    /** Where a handover stands, in words (never colour alone): overdue, waiting, or confirmed and by whom. */
    public static String handoverStanding(HandoverItem h) {
        return switch (h.timeliness()) {
            case ACKNOWLEDGED -> "Confirmed by " + h.acknowledgedBy() + " " + when(h.handover().acknowledgedAt());
            case OVERDUE -> "Overdue: was due " + when(h.handover().dueAt());
            default -> h.status().label() + "; due " + when(h.handover().dueAt());
        };
    }
}
