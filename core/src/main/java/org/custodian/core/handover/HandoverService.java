package org.custodian.core.handover;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.store.Store;
import org.custodian.core.users.User;
import org.custodian.core.users.UserRepository;
import org.jooq.DSLContext;

/**
 * Handing a customer's matter over to a colleague or a department's queue, so the customer never has to repeat
 * themselves: sending the note, the receiver's queue, opening an item, and confirming it is understood. Sending,
 * opening and confirming are events naming the handover by id, its urgency and department code, never the note.
 */
public final class HandoverService {

    /** How many of their own sent handovers a person sees. */
    public static final int SENT_SHOWN = 200;
    private static final String POLICY = "House rule: handovers (issue 5)";

    private final Store store;
    private final HandoverRepository handovers;
    private final DepartmentRepository departments;
    private final CustomerRepository customers;
    private final UserRepository users;
    private final ScriptCatalogue catalogue;
    private final EventLog events;
    private final Clock clock;

    public HandoverService(Store store, HandoverRepository handovers, DepartmentRepository departments,
                           CustomerRepository customers, UserRepository users, ScriptCatalogue catalogue, EventLog events,
                           Clock clock) {
        this.store = store;
        this.handovers = handovers;
        this.departments = departments;
        this.customers = customers;
        this.users = users;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** Who a handover can go to: active departments by name, then active colleagues (never oneself) by name. */
    public List<Receiver> receivers(Session session) {
        DSLContext dsl = store.dsl();
        List<Receiver> all = new ArrayList<>();
        departments.all(dsl).stream().filter(Department::active).forEach(d -> all.add(new Receiver.Queue(d.code(), d.name())));
        users.all(dsl).stream().filter(u -> !u.disabled() && u.id() != session.userId())
                .sorted(Comparator.comparing(User::displayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(u -> all.add(new Receiver.Colleague(u.id(), u.displayName(), u.username())));
        return List.copyOf(all);
    }

    /** Every department, retired ones included, by name. */
    public List<Department> departments() {
        return departments.all(store.dsl());
    }

    /** The "by when" an urgency suggests from now. */
    public Instant defaultDue(Urgency urgency) {
        return HandoverRules.defaultDue(urgency, clock.instant());
    }

    /** The note's problems as of now, for checking as it is typed; {@link #send} checks again. */
    public List<Violation> check(Session session, HandoverNote note) {
        return HandoverRules.check(note, session.userId(), clock.instant());
    }

    public HandoverItem send(Session session, HandoverNote note) {
        Instant now = clock.instant();
        List<Violation> problems = new ArrayList<>(HandoverRules.check(note, session.userId(), now));
        if (note.purposeCode() == null || !catalogue.purposes().containsKey(note.purposeCode())) {
            problems.add(new Violation("Purpose", "handover.purpose", "Purpose: open the customer's record for a purpose first.",
                    "UK GDPR Art 5(1)(b)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store.write(tx -> {
            customer(tx, note.customerId());
            checkReceiver(tx, note.to());
            Handover saved = handovers.insert(tx, note, session.userId(), now);
            Map<String, String> details = new HashMap<>();
            details.put("handover", Long.toString(saved.id()));
            details.put("urgency", saved.urgency().name());
            if (saved.sentToDepartment()) {
                details.put("department", saved.toDepartment());
            } else {
                details.put("to_user", Long.toString(saved.toUser()));
            }
            events.append(tx, new EventDraft(session.userId(), EventAction.HANDOVER_SENT, saved.purposeCode(), subject(saved),
                    details, null));
            return item(tx, session, saved, now, new HashMap<>());
        });
    }

    /** Open handovers for this person (by name, or to any department), not their own: overdue first, then by "by when". */
    public List<HandoverItem> queue(Session session) {
        DSLContext dsl = store.dsl();
        Instant now = clock.instant();
        List<Handover> open = new ArrayList<>(handovers.openFor(dsl, session.userId()));
        open.sort(HandoverRules.queueOrder(now));
        Map<Long, String> names = new HashMap<>();
        return open.stream().map(h -> item(dsl, session, h, now, names)).toList();
    }

    /** What this person sent, newest first, with where each stands. */
    public List<HandoverItem> sent(Session session) {
        DSLContext dsl = store.dsl();
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        return handovers.sentBy(dsl, session.userId(), SENT_SHOWN).stream().map(h -> item(dsl, session, h, now, names)).toList();
    }

    /** A customer's handovers, newest first, as their record shows them. */
    public List<HandoverItem> forCustomer(Session session, long customerId) {
        DSLContext dsl = store.dsl();
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        return handovers.forCustomer(dsl, customerId).stream().map(h -> item(dsl, session, h, now, names)).toList();
    }

    /**
     * Reads one handover's whole note; an event. The first opening by someone who may take it on marks it opened,
     * so its sender sees it has been seen.
     */
    public HandoverItem open(Session session, long handoverId) {
        return store.write(tx -> {
            Instant now = clock.instant();
            Handover h = find(tx, handoverId);
            if (!HandoverRules.mayRead(h, session.userId(), session.role())) {
                throw new AccessDeniedException("read this handover", "its sender, the colleague it was sent to and team leads");
            }
            if (h.openedAt() == null && HandoverRules.mayAcknowledge(h, session.userId()) == HandoverRules.Acknowledgement.ALLOWED) {
                h = handovers.updateProgress(tx, h.opened(now, session.userId()));
            }
            events.append(tx, new EventDraft(session.userId(), EventAction.HANDOVER_OPENED, h.purposeCode(), subject(h),
                    Map.of("handover", Long.toString(h.id())), null));
            return item(tx, session, h, now, new HashMap<>());
        });
    }

    /** The receiver confirms they understand it and have it in hand; an event. */
    public HandoverItem acknowledge(Session session, long handoverId) {
        return store.write(tx -> {
            Instant now = clock.instant();
            Handover h = find(tx, handoverId);
            switch (HandoverRules.mayAcknowledge(h, session.userId())) {
                case ALLOWED -> { }
                case ALREADY_ACKNOWLEDGED -> throw new InvalidInputException(new Violation("Handover", "handover.already-acknowledged",
                        "Handover: " + userName(tx, new HashMap<>(), h.acknowledgedBy()) + " has already confirmed this handover.",
                        POLICY));
                case NOT_THE_RECEIVER -> throw new AccessDeniedException("confirm this handover",
                        userName(tx, new HashMap<>(), h.toUser()) + ", to whom it was sent,");
                case SENDER -> throw new AccessDeniedException("confirm this handover", "a colleague other than its sender");
            }
            boolean late = HandoverRules.timeliness(h, now) == Timeliness.OVERDUE;
            Handover confirmed = handovers.updateProgress(tx, h.acknowledged(now, session.userId()));
            events.append(tx, new EventDraft(session.userId(), EventAction.HANDOVER_ACKNOWLEDGED, h.purposeCode(), subject(h),
                    Map.of("handover", Long.toString(h.id()), "overdue", Boolean.toString(late)), null));
            return item(tx, session, confirmed, now, new HashMap<>());
        });
    }

    /** Adds a department whose queue can take handovers (team leads). */
    public Department addDepartment(Session session, String name) {
        session.require(Role.TEAM_LEAD, "add departments");
        List<Violation> problems = HandoverRules.checkDepartmentName(name);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String clean = name.strip().replaceAll("\\s+", " ");
        return store.write(tx -> {
            if (departments.nameTaken(tx, clean)) {
                throw new InvalidInputException(new Violation(HandoverRules.DEPARTMENT, "department.taken",
                        "Department: there is already a department of that name; retired ones keep their names.", POLICY));
            }
            String base = HandoverRules.departmentCode(clean);
            String code = base;
            for (int n = 2; departments.find(tx, code).isPresent(); n++) {
                code = base + "-" + n;
            }
            Department added = departments.insert(tx, code, clean, clock.instant(), session.userId());
            events.append(tx, EventDraft.of(session.userId(), EventAction.DEPARTMENT_ADDED, Map.of("department", code)));
            return added;
        });
    }

    /** Retires a department: it takes no new handovers; what it was sent stays in its queue until confirmed. */
    public void retireDepartment(Session session, String code) {
        session.require(Role.TEAM_LEAD, "retire departments");
        store.write(tx -> {
            Department department = departments.find(tx, code).orElseThrow(() -> new InvalidInputException(new Violation(
                    HandoverRules.DEPARTMENT, "department.unknown", "Department: choose a department from the list.", POLICY)));
            if (department.active()) {
                departments.setActive(tx, code, false);
                events.append(tx, EventDraft.of(session.userId(), EventAction.DEPARTMENT_RETIRED, Map.of("department", code)));
            }
            return null;
        });
    }

    // ---- helpers

    private void checkReceiver(DSLContext tx, Receiver to) {
        boolean ok = to instanceof Receiver.Colleague c
                ? users.findById(tx, c.userId()).map(u -> !u.disabled()).orElse(false)
                : departments.find(tx, ((Receiver.Queue) to).code()).map(Department::active).orElse(false);
        if (!ok) {
            throw new InvalidInputException(new Violation(HandoverRules.TO, "handover.to-gone",
                    "To: that colleague or department no longer takes handovers; choose another.", POLICY));
        }
    }

    private HandoverItem item(DSLContext dsl, Session session, Handover h, Instant now, Map<Long, String> names) {
        Customer customer = customer(dsl, h.customerId());
        String to = h.sentToDepartment()
                ? departments.find(dsl, h.toDepartment()).map(d -> new Receiver.Queue(d.code(), d.name()).label()).orElse(h.toDepartment())
                : userName(dsl, names, h.toUser());
        return new HandoverItem(h, customer.fullName(), customer.reference(), userName(dsl, names, h.sentBy()), to,
                h.acknowledgedBy() == null ? null : userName(dsl, names, h.acknowledgedBy()), HandoverRules.timeliness(h, now),
                HandoverRules.mayAcknowledge(h, session.userId()), h.sentBy() == session.userId());
    }

    private String userName(DSLContext dsl, Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, k -> users.findById(dsl, k).map(User::displayName).orElse("a former user"));
    }

    private Handover find(DSLContext dsl, long id) {
        return handovers.find(dsl, id).orElseThrow(() -> new InvalidInputException(new Violation("Handover", "handover.gone",
                "Handover: it no longer exists; refresh the list.", POLICY)));
    }

    private Customer customer(DSLContext dsl, long id) {
        return customers.findById(dsl, id).orElseThrow(() -> new InvalidInputException(new Violation("Customer", "handover.customer-gone",
                "Customer: this record no longer exists; search again.", POLICY)));
    }

    private String subject(Handover h) {
        return store.subjectKeys().forCustomer(h.customerId());
    }
}
