package org.custodian.core.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rights.RightsDueDates.ClockStart;
import org.custodian.core.rights.RightsDueDates.ExtensionDecision;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.Store;
import org.custodian.core.validation.FreeText;
import org.jooq.DSLContext;

/**
 * Rights requests as cases: logging one (anyone, usually from the customer's record on a call), recording that
 * identity evidence arrived (which starts the clock), extending a complex one, closing it, the queue with its
 * countdowns, and the flags and holds a request leads to. Every action is an event naming the case by id and
 * codes, never a person's details.
 */
public final class RightsService {

    /** Bank holidays are not yet configurable; weekends are always skipped (see ADR 0012). */
    static final Set<LocalDate> BANK_HOLIDAYS = Set.of();
    public static final int HOLD_REASON_MAX = 300;
    private static final String POLICY = "UK GDPR Art 12(3)";

    private final Store store;
    private final RightsRepository requests;
    private final ProtectionRepository protections;
    private final CustomerRepository customers;
    private final EventLog events;
    private final Clock clock;

    public RightsService(Store store, RightsRepository requests, ProtectionRepository protections, CustomerRepository customers,
                         EventLog events, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.protections = protections;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Logs a request received on {@code receivedOn}; its due date follows from the identity status. */
    public RightsCase log(Session session, long customerId, RightKind kind, LocalDate receivedOn, IdentityStatus identity) {
        if (kind == null || receivedOn == null || identity == null) {
            throw invalid("Request", "rights.incomplete", "Request: choose the right asked for, the day it arrived and whether identity evidence is needed.");
        }
        if (receivedOn.isAfter(today())) {
            throw invalid("Received", "rights.received-future", "Received: the day it arrived cannot be in the future.");
        }
        LocalDate verifiedOn = identity == IdentityStatus.VERIFIED ? receivedOn : null;
        LocalDate due = dueOn(RightsDueDates.clockStart(receivedOn, identity, verifiedOn), 0);
        return store.write(tx -> {
            Customer customer = customer(tx, customerId);
            RightsRequest saved = requests.insert(tx, new RightsRequest(0, customerId, kind, receivedOn, identity, verifiedOn, due, 0,
                    null, null, null, null, clock.instant(), session.userId()));
            event(tx, session, EventAction.RIGHTS_REQUEST_LOGGED, saved, Map.of("identity", identity.name()));
            return asCase(saved, customer);
        });
    }

    /** Identity evidence arrived on {@code arrivedOn}: the one-month clock starts from that day. */
    public RightsCase identityVerified(Session session, long requestId, LocalDate arrivedOn) {
        if (arrivedOn == null || arrivedOn.isAfter(today())) {
            throw invalid("Identity evidence", "rights.id-date", "Identity evidence: give the day it arrived, today or earlier.");
        }
        return store.write(tx -> {
            RightsRequest r = openRequest(tx, requestId);
            if (r.identity() != IdentityStatus.AWAITING) {
                throw invalid("Identity evidence", "rights.id-not-awaited", "Identity evidence: this request was not waiting for it.");
            }
            ClockStart start = RightsDueDates.clockStart(r.receivedOn(), IdentityStatus.VERIFIED, arrivedOn);
            RightsRequest updated = requests.update(tx, r.withIdentity(IdentityStatus.VERIFIED,
                    ((ClockStart.Running) start).from(), dueOn(start, 0)));
            event(tx, session, EventAction.RIGHTS_IDENTITY_VERIFIED, updated, Map.of());
            return asCase(updated, customer(tx, r.customerId()));
        });
    }

    /** Extends a complex request by one or two months in all, the requester told on {@code toldOn} (team leads). */
    public RightsCase extend(Session session, long requestId, int totalMonths, LocalDate toldOn) {
        session.require(Role.TEAM_LEAD, "extend a rights request");
        if (toldOn == null || toldOn.isAfter(today())) {
            throw invalid("Told on", "rights.told-date", "Told on: give the day the requester was told, today or earlier.");
        }
        return store.write(tx -> {
            RightsRequest r = openRequest(tx, requestId);
            ClockStart start = RightsDueDates.clockStart(r.receivedOn(), r.identity(), r.identityVerifiedOn());
            ExtensionDecision decision = RightsDueDates.extend(start, totalMonths, toldOn, BANK_HOLIDAYS);
            if (decision instanceof ExtensionDecision.ToldTooLate late) {
                throw invalid("Told on", "rights.extension-too-late", "Told on: an extension is allowed only if the requester is told by "
                        + late.toldBy() + ", within the first month.");
            }
            if (decision instanceof ExtensionDecision.OutOfRange) {
                throw invalid("Extension", "rights.extension-range", "Extension: choose one or two further months.");
            }
            if (decision instanceof ExtensionDecision.ClockNotStarted) {
                throw invalid("Extension", "rights.extension-no-clock", "Extension: the clock has not started; record the identity evidence first.");
            }
            RightsRequest updated = requests.update(tx, r.withExtension(totalMonths, toldOn, ((ExtensionDecision.Allowed) decision).newDue()));
            event(tx, session, EventAction.RIGHTS_REQUEST_EXTENDED, updated, Map.of("months", Integer.toString(totalMonths)));
            return asCase(updated, customer(tx, r.customerId()));
        });
    }

    /** Closes a case (team leads). */
    public RightsCase close(Session session, long requestId, RightsRequest.Closure how) {
        session.require(Role.TEAM_LEAD, "close a rights request");
        if (how == null) {
            throw invalid("Outcome", "rights.closure", "Outcome: choose how the request ended.");
        }
        return store.write(tx -> closeIn(tx, session, openRequest(tx, requestId), how));
    }

    RightsCase closeIn(DSLContext tx, Session session, RightsRequest r, RightsRequest.Closure how) {
        boolean late = r.dueOn() != null && today().isAfter(r.dueOn());
        RightsRequest updated = requests.update(tx, r.closed(how, clock.instant(), session.userId()));
        event(tx, session, EventAction.RIGHTS_REQUEST_CLOSED, updated, Map.of("closure", how.name(), "late", Boolean.toString(late)));
        return asCase(updated, customer(tx, r.customerId()));
    }

    /** Open cases, overdue first, then by due date; those still waiting for identity last. */
    public List<RightsCase> queue(Session session) {
        DSLContext dsl = store.dsl();
        Map<Long, Customer> seen = new HashMap<>();
        return requests.open(dsl).stream()
                .sorted(Comparator.comparing(RightsRequest::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RightsRequest::receivedOn).thenComparingLong(RightsRequest::id))
                .map(r -> asCase(r, seen.computeIfAbsent(r.customerId(), id -> customer(dsl, id)))).toList();
    }

    /** A customer's cases, newest first. */
    public List<RightsCase> forCustomer(Session session, long customerId) {
        DSLContext dsl = store.dsl();
        Customer customer = customer(dsl, customerId);
        return requests.forCustomer(dsl, customerId).stream().map(r -> asCase(r, customer)).toList();
    }

    public RightsCase find(Session session, long requestId) {
        DSLContext dsl = store.dsl();
        RightsRequest r = requests.find(dsl, requestId).orElseThrow(RightsService::gone);
        return asCase(r, customer(dsl, r.customerId()));
    }

    /** Sets restriction or an objection to marketing on the request's record (team leads). */
    public void setFlag(Session session, long requestId, RightsFlag flag) {
        session.require(Role.TEAM_LEAD, "restrict a record or record an objection");
        store.write(tx -> {
            RightsRequest r = openRequest(tx, requestId);
            if (protections.activeFlags(tx, r.customerId()).stream().noneMatch(f -> f.kind() == flag)) {
                protections.setFlag(tx, r.customerId(), flag, r.id(), clock.instant(), session.userId());
                event(tx, session, EventAction.RIGHTS_FLAG_SET, r, Map.of("flag", flag.name()));
            }
            return null;
        });
    }

    /** Lifts a flag from a record (team leads). */
    public void liftFlag(Session session, long customerId, RightsFlag flag) {
        session.require(Role.TEAM_LEAD, "lift a restriction or objection");
        store.write(tx -> {
            for (ProtectionRepository.Flag f : protections.activeFlags(tx, customerId)) {
                if (f.kind() == flag) {
                    protections.liftFlag(tx, f, clock.instant(), session.userId());
                    events.append(tx, EventDraft.of(session.userId(), EventAction.RIGHTS_FLAG_LIFTED, Map.of("flag", flag.name()))
                            .about(store.subjectKeys().forCustomer(customerId)));
                }
            }
            return null;
        });
    }

    /** Places a legal hold, which blocks erasure until released (team leads). The reason is shown, never logged. */
    public ProtectionRepository.Hold placeHold(Session session, long customerId, String reason) {
        session.require(Role.TEAM_LEAD, "place a legal hold");
        List<Violation> problems = FreeText.check("Reason", reason == null ? "" : reason.strip(), HOLD_REASON_MAX).problems();
        if (reason == null || reason.isBlank()) {
            throw invalid("Reason", "rights.hold-reason", "Reason: say why the record must be kept, e.g. the claim or inquiry.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store.write(tx -> {
            customer(tx, customerId);
            ProtectionRepository.Hold hold = protections.placeHold(tx, customerId, reason.strip(), clock.instant(), session.userId());
            events.append(tx, EventDraft.of(session.userId(), EventAction.LEGAL_HOLD_PLACED, Map.of("hold", Long.toString(hold.id())))
                    .about(store.subjectKeys().forCustomer(customerId)));
            return hold;
        });
    }

    public void releaseHold(Session session, long customerId) {
        session.require(Role.TEAM_LEAD, "release a legal hold");
        store.write(tx -> {
            for (ProtectionRepository.Hold h : protections.activeHolds(tx, customerId)) {
                protections.releaseHold(tx, h, clock.instant(), session.userId());
                events.append(tx, EventDraft.of(session.userId(), EventAction.LEGAL_HOLD_RELEASED, Map.of("hold", Long.toString(h.id())))
                        .about(store.subjectKeys().forCustomer(customerId)));
            }
            return null;
        });
    }

    public List<ProtectionRepository.Hold> holds(long customerId) {
        return protections.activeHolds(store.dsl(), customerId);
    }

    public Set<RightsFlag> flags(long customerId) {
        return new RecordProtections(protections).flags(store.dsl(), customerId);
    }

    // ---- helpers

    RightsRequest openRequest(DSLContext tx, long id) {
        RightsRequest r = requests.find(tx, id).orElseThrow(RightsService::gone);
        if (!r.open()) {
            throw invalid("Request", "rights.closed", "Request: this case is already closed.");
        }
        return r;
    }

    private LocalDate dueOn(ClockStart start, int extension) {
        return start instanceof ClockStart.Running running ? RightsDueDates.due(running.from(), extension, BANK_HOLIDAYS) : null;
    }

    private RightsCase asCase(RightsRequest r, Customer customer) {
        return new RightsCase(r, customer.reference(), customer.fullName(), RightsDueDates.countdown(r.dueOn(), today()));
    }

    void event(DSLContext tx, Session session, EventAction action, RightsRequest r, Map<String, String> extra) {
        Map<String, String> details = new HashMap<>(extra);
        details.put("request", Long.toString(r.id()));
        details.put("kind", r.kind().name());
        events.append(tx, new EventDraft(session.userId(), action, "rights-requests", store.subjectKeys().forCustomer(r.customerId()),
                details, null));
    }

    private Customer customer(DSLContext dsl, long id) {
        return customers.findById(dsl, id).orElseThrow(() -> invalid("Customer", "rights.customer-gone",
                "Customer: this record no longer exists; search again."));
    }

    private static InvalidInputException gone() {
        return invalid("Request", "rights.gone", "Request: it no longer exists; refresh the list.");
    }

    static InvalidInputException invalid(String field, String code, String message) {
        return new InvalidInputException(new Violation(field, code, message, POLICY));
    }
}
