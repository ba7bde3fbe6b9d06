package org.custodian.core.supply;

import static org.custodian.core.store.schema.Tables.HANDOVER;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.customers.Interaction;
import org.custodian.core.customers.InteractionLine;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.scripts.EnquiryType;
import org.custodian.core.scripts.Script;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.store.Store;
import org.custodian.core.users.UserRepository;
import org.custodian.core.validation.FreeText;
import org.jooq.DSLContext;

/**
 * Logs a call to an existing customer in the interaction log, as intake logs a new one: when, the nature of the
 * enquiry (one of the organisation's scripts, with an optional short note) and the actions taken, summarised from
 * what the record shows happened on the call. The row and its event go in one transaction; the event holds codes.
 */
public final class CallLogService {

    public static final int NOTE_LIMIT = 200;
    private final Store store;
    private final ScriptCatalogue catalogue;
    private final CustomerRecords records;
    private final SupplyRepository supply;
    private final EventLog events;
    private final Clock clock;
    private final SupplyLookups lookups;

    public CallLogService(Store store, ScriptCatalogue catalogue, CustomerRepository customers, CustomerRecords records,
                          UserRepository users, SupplyRepository supply, EventLog events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.records = records;
        this.supply = supply;
        this.events = events;
        this.clock = clock;
        this.lookups = new SupplyLookups(store, catalogue, customers, users, supply);
    }

    /** What a call was about, as the organisation's scripts name enquiries (registration is intake's, not this). */
    public record Nature(String scriptId, String title) {
    }

    public List<Nature> natures() {
        return catalogue.scripts().stream().filter(s -> s.enquiryType() != EnquiryType.NEW_CUSTOMER)
                .map(s -> new Nature(s.id(), s.title())).toList();
    }

    /**
     * The call to log: {@code callId} is the identity check's call (null if none was made); {@code openedAt} is when
     * the record was opened on this call, so what was done before the first check counts too.
     */
    public record CallLogRequest(long customerId, String purposeCode, Long callId, Instant openedAt, String scriptId, String note) {
    }

    /** What was logged, as the record's interaction list shows it. */
    public record LoggedCall(long interactionId, String actionsTaken, InteractionLine line) {
    }

    public LoggedCall logCall(Session session, CallLogRequest request) {
        Purpose purpose = lookups.purpose(request.purposeCode());
        Script script = catalogue.scripts().stream().filter(s -> s.id().equals(request.scriptId()) && s.enquiryType() != EnquiryType.NEW_CUSTOMER)
                .findFirst().orElseThrow(() -> SupplyLookups.invalid("Nature of enquiry", "call-log.nature",
                        "choose what the call was about from the list."));
        String note = request.note() == null ? "" : request.note().strip();
        if (!note.isEmpty()) {
            var checked = FreeText.check("Note", note, NOTE_LIMIT);
            if (!checked.problems().isEmpty()) {
                throw new InvalidInputException(checked.problems());
            }
        }
        Instant now = clock.instant();
        return store.write(tx -> {
            Customer customer = lookups.customer(tx, request.customerId());
            CallState call = request.callId() == null ? null : lookups.call(tx, request.callId(), customer.id(), session);
            Instant from = from(request.openedAt(), call, now);
            CallActions.Summary summary = CallActions.summarise(facts(tx, session, customer.id(), call, from));
            Interaction saved = records.addInteraction(tx, new Interaction(0, customer.id(), session.userId(), from, now,
                    script.enquiryType().name(), script.id(), script.version(), purpose.code(), purpose.version(),
                    note.isEmpty() ? script.title() : script.title() + ": " + note, summary.text(), null, Map.of(), false));
            events.append(tx, new EventDraft(session.userId(), EventAction.CALL_LOGGED, purpose.code(), lookups.subject(customer.id()),
                    Map.of("interaction", Long.toString(saved.id()), "script", script.id(), "call", call == null ? "none" : Long.toString(call.id()),
                            "actions", CallActions.codes(summary.actions())), null));
            return new LoggedCall(saved.id(), summary.text(), new InteractionLine(saved.id(), saved.savedAt(),
                    script.enquiryType().label(), saved.nature(), saved.actionsTaken(), null, lookups.userName(tx, new java.util.HashMap<>(),
                    session.userId())));
        });
    }

    /** The call began when the record was opened, or at its first check if that is earlier; never in the future. */
    private static Instant from(Instant openedAt, CallState call, Instant now) {
        Instant from = openedAt == null || openedAt.isAfter(now) ? now : openedAt;
        return call != null && call.startedAt().isBefore(from) ? call.startedAt() : from;
    }

    private CallActions.Facts facts(DSLContext tx, Session session, long customerId, CallState call, Instant from) {
        List<DisclosureEntry> disclosed = supply.disclosures(tx, customerId).stream()
                .filter(d -> d.agentId() == session.userId() && !d.disclosedAt().isBefore(from)).toList();
        boolean questionSet = supply.securityQuestion(tx, customerId).map(q -> !q.setAt().isBefore(from)).orElse(false);
        List<ThirdParty> parties = supply.thirdParties(tx, customerId);
        int recorded = (int) parties.stream().filter(p -> p.recordedBy() == session.userId() && !p.recordedAt().isBefore(from)).count();
        int withdrawn = (int) parties.stream().filter(p -> p.revokedAt() != null && p.revokedBy() != null
                && p.revokedBy() == session.userId() && !p.revokedAt().isBefore(from)).count();
        // a count of the agent's handovers since the call began; the notes themselves are not read here
        int handovers = tx.fetchCount(HANDOVER, HANDOVER.CUSTOMER_ID.eq(customerId).and(HANDOVER.SENT_BY.eq(session.userId()))
                .and(HANDOVER.SENT_AT.ge(from.atOffset(java.time.ZoneOffset.UTC))));
        return new CallActions.Facts(call, disclosed, questionSet, recorded, withdrawn, handovers);
    }
}
