package org.custodian.core.rights;

import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.EVENT;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.Store;
import org.custodian.core.validation.FreeText;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The breach register (team leads only): recording a suspected breach with the window of access it concerns, the
 * records it touched (every event naming a customer in that window, by that agent if one is named), the 72-hour
 * clock, and status changes. Events carry the breach id and counts, never the summary.
 */
public final class BreachService {

    public static final int SUMMARY_MAX = 500;
    private static final String POLICY = "UK GDPR Art 33";

    private final Store store;
    private final BreachRepository breaches;
    private final EventLog events;
    private final Clock clock;

    BreachService(Store store, BreachRepository breaches, EventLog events, Clock clock) {
        this.store = store;
        this.breaches = breaches;
        this.events = events;
        this.clock = clock;
    }

    /** A breach as the register shows it. */
    public record BreachEntry(Breach breach, int affectedRecords, BreachRules.NotificationClock clock) {
        public String clockText() {
            return BreachRules.describe(clock);
        }
    }

    /** A record the breach touched: its reference (or that it has since been erased) and how often it was accessed. */
    public record AffectedRecord(String customerReference, String subjectKey, int accesses) {
    }

    public BreachEntry record(Session session, String summary, Instant awareAt, Instant windowFrom, Instant windowTo, Long agentId) {
        session.require(Role.TEAM_LEAD, "record a breach");
        List<Violation> problems = new ArrayList<>();
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) {
            problems.add(new Violation("Summary", "breach.summary", "Summary: say what happened, without naming customers.", POLICY));
        } else {
            problems.addAll(FreeText.check("Summary", text, SUMMARY_MAX).problems());
        }
        Instant now = clock.instant();
        if (awareAt == null || awareAt.isAfter(now)) {
            problems.add(new Violation("Became aware", "breach.aware", "Became aware: give when you learned of it, now or earlier.", POLICY));
        }
        if (windowFrom == null || windowTo == null || windowTo.isBefore(windowFrom)) {
            problems.add(new Violation("Window", "breach.window", "Window: give a start and an end, the end after the start.", POLICY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store.write(tx -> {
            Breach saved = breaches.insert(tx, new Breach(0, text, awareAt, windowFrom, windowTo, agentId, BreachStatus.SUSPECTED, null,
                    now, session.userId()));
            Map<String, Integer> touched = touched(tx, windowFrom, windowTo, agentId);
            breaches.addAffected(tx, saved.id(), touched);
            events.append(tx, EventDraft.of(session.userId(), EventAction.BREACH_RECORDED,
                    Map.of("breach", Long.toString(saved.id()), "records", Integer.toString(touched.size()))));
            return new BreachEntry(saved, touched.size(), BreachRules.clock(saved.awareAt(), saved.status(), null, now));
        });
    }

    /** Moves a breach on; reporting it records when the ICO was told. */
    public BreachEntry setStatus(Session session, long breachId, BreachStatus status, Instant reportedAt) {
        session.require(Role.TEAM_LEAD, "update a breach");
        if (status == BreachStatus.REPORTED && (reportedAt == null || reportedAt.isAfter(clock.instant()))) {
            throw new InvalidInputException(new Violation("Reported", "breach.reported",
                    "Reported: give when the ICO was told, now or earlier.", POLICY));
        }
        return store.write(tx -> {
            Breach b = breaches.find(tx, breachId).orElseThrow(() -> new InvalidInputException(new Violation("Breach", "breach.gone",
                    "Breach: it no longer exists; refresh the register.", POLICY)));
            Instant reported = status == BreachStatus.REPORTED ? reportedAt : b.reportedAt();
            Breach updated = breaches.updateStatus(tx, b.withStatus(status, reported));
            events.append(tx, EventDraft.of(session.userId(), EventAction.BREACH_STATUS_CHANGED,
                    Map.of("breach", Long.toString(b.id()), "status", status.name())));
            return entry(tx, updated);
        });
    }

    /** The register, newest first. */
    public List<BreachEntry> register(Session session) {
        session.require(Role.TEAM_LEAD, "see the breach register");
        DSLContext dsl = store.dsl();
        return breaches.all(dsl).stream().map(b -> entry(dsl, b)).toList();
    }

    /** The records a breach touched, resolved to customer references by recomputing each customer's subject key. */
    public List<AffectedRecord> affected(Session session, long breachId) {
        session.require(Role.TEAM_LEAD, "see who a breach affected");
        DSLContext dsl = store.dsl();
        Map<String, Integer> keys = breaches.affected(dsl, breachId);
        Map<String, String> references = new LinkedHashMap<>();
        dsl.select(CUSTOMER.ID, CUSTOMER.REFERENCE).from(CUSTOMER).forEach(r -> {
            String key = store.subjectKeys().forCustomer(r.value1());
            if (keys.containsKey(key)) {
                references.put(key, r.value2());
            }
        });
        return keys.entrySet().stream()
                .map(e -> new AffectedRecord(references.getOrDefault(e.getKey(), "not found"), e.getKey(), e.getValue())).toList();
    }

    private BreachEntry entry(DSLContext dsl, Breach b) {
        return new BreachEntry(b, breaches.affected(dsl, b.id()).size(),
                BreachRules.clock(b.awareAt(), b.status(), b.reportedAt(), clock.instant()));
    }

    private static Map<String, Integer> touched(DSLContext dsl, Instant from, Instant to, Long agentId) {
        Condition where = EVENT.SUBJECT_KEY.isNotNull()
                .and(EVENT.OCCURRED_AT.between(OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC)));
        if (agentId != null) {
            where = where.and(EVENT.ACTOR_ID.eq(agentId));
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(EVENT.SUBJECT_KEY, org.jooq.impl.DSL.count()).from(EVENT).where(where).groupBy(EVENT.SUBJECT_KEY)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
