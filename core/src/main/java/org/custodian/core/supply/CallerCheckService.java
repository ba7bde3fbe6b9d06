package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.settings.SettingsService;
import org.custodian.core.store.Store;
import org.custodian.core.users.UserRepository;
import org.jooq.DSLContext;

/**
 * The caller's identity check on a call: the organisation's items compared as normalised answers, a failed check
 * counted, the third failure on a call flagging the record until a team lead clears it, and the security question.
 * Each outcome is an event naming the items asked, never the answers.
 */
public final class CallerCheckService {

    private final Store store;
    private final CustomerRecords records;
    private final SupplyRepository supply;
    private final SettingsService settings;
    private final EventLog events;
    private final Clock clock;
    private final SupplyLookups lookups;

    public CallerCheckService(Store store, ScriptCatalogue catalogue, CustomerRepository customers, CustomerRecords records,
                              UserRepository users, SupplyRepository supply, SettingsService settings, EventLog events, Clock clock) {
        this.store = store;
        this.records = records;
        this.supply = supply;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.lookups = new SupplyLookups(store, catalogue, customers, users, supply);
    }

    /** The outcome of a check and the call it belongs to (started by the first check). */
    public record CheckResult(long callId, VerificationVerdict verdict) {
    }

    /**
     * Checks what the caller said. A wrong answer counts as a failed check; the third failed check on one call
     * flags the record, and nothing can then be disclosed to a caller until a team lead clears the flag.
     */
    public CheckResult verify(Session session, long customerId, String purposeCode, Long callId, Map<VerificationItem, String> typed) {
        Purpose purpose = lookups.purpose(purposeCode);
        List<Violation> unreadable = VerificationRules.unreadable(typed);
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable);
        }
        Instant now = clock.instant();
        return store.write(tx -> {
            Customer customer = lookups.customer(tx, customerId);
            CallState call = callId == null ? supply.startCall(tx, customerId, session.userId(), purpose.code(), now)
                    : lookups.call(tx, callId, customerId, session);
            if (call.exhausted()) {
                throw SupplyLookups.invalid("Identity check", "verify.exhausted", "identity checks have failed " + VerificationPolicy.MAX_FAILED_CHECKS
                        + " times on this call; disclose nothing and end the call politely.");
            }
            if (call.verified()) {
                return new CheckResult(call.id(), new VerificationVerdict.Passed(call.verifiedItems()));
            }
            Map<VerificationItem, Set<String>> held = held(tx, customer);
            VerificationVerdict verdict = VerificationRules.check(settings.verificationPolicy(), held, typed,
                    answer -> supply.answerHash(customerId, answer), call.failedChecks());
            String subject = lookups.subject(customerId);
            if (verdict instanceof VerificationVerdict.Passed passed) {
                supply.save(tx, new CallState(call.id(), customerId, call.agentId(), call.purposeCode(), call.startedAt(),
                        call.failedChecks(), now, passed.asked()));
                events.append(tx, new EventDraft(session.userId(), EventAction.CALLER_VERIFIED, purpose.code(), subject,
                        Map.of("call", Long.toString(call.id()), "asked", SupplyLookups.eventCodes(passed.asked())), null));
            } else if (verdict instanceof VerificationVerdict.Failed failed) {
                supply.save(tx, new CallState(call.id(), customerId, call.agentId(), call.purposeCode(), call.startedAt(),
                        failed.failedChecks(), null, Set.of()));
                events.append(tx, new EventDraft(session.userId(), EventAction.CALLER_VERIFICATION_FAILED, purpose.code(), subject,
                        Map.of("call", Long.toString(call.id()), "asked", SupplyLookups.eventCodes(failed.asked()),
                                "failed", Integer.toString(failed.failedChecks())), null));
                if (failed.nowFlagged()) {
                    supply.raiseFlag(tx, customerId, SupplyRepository.FAILED_CHECKS_FLAG, now, session.userId());
                    events.append(tx, new EventDraft(session.userId(), EventAction.RECORD_FLAGGED, purpose.code(), subject,
                            Map.of("kind", SupplyRepository.FAILED_CHECKS_FLAG, "call", Long.toString(call.id())), null));
                }
            }
            return new CheckResult(call.id(), verdict);
        });
    }

    /** What the record holds for each item, normalised as answers are (the security answer as its keyed hash). */
    Map<VerificationItem, Set<String>> held(DSLContext dsl, Customer customer) {
        Map<VerificationItem, Set<String>> held = new EnumMap<>(VerificationItem.class);
        if (customer.dateOfBirth() != null) {
            held.put(VerificationItem.DATE_OF_BIRTH, Set.of(customer.dateOfBirth().toString()));
        }
        if (customer.postcode() != null) {
            held.put(VerificationItem.POSTCODE, Set.of(customer.postcode().replace(" ", "")));
        }
        Set<String> lastFours = new java.util.HashSet<>();
        for (ContactPoint p : records.contactPoints(dsl, customer.id())) {
            if (p.kind() == ContactPoint.Kind.PHONE && p.value().length() >= 4) {
                lastFours.add(p.value().substring(p.value().length() - 4));
            }
        }
        if (!lastFours.isEmpty()) {
            held.put(VerificationItem.PHONE_LAST_FOUR, lastFours);
        }
        supply.securityQuestion(dsl, customer.id()).ifPresent(q -> held.put(VerificationItem.SECURITY_ANSWER, Set.of(q.answerHash())));
        return held;
    }

    /**
     * Sets the customer's security question and answer, as the customer gives them on a call where they passed the
     * identity check. Only a keyed hash of the answer is kept.
     */
    public void setSecurityQuestion(Session session, long customerId, String purposeCode, Long callId, String question, String answer) {
        Purpose purpose = lookups.purpose(purposeCode);
        List<Violation> problems = new ArrayList<>(org.custodian.core.validation.FreeText.check("Security question",
                question, 200).problems());
        Optional<String> normalised = VerificationRules.normalise(VerificationItem.SECURITY_ANSWER, answer);
        if (normalised.isEmpty()) {
            problems.add(new Violation("Answer", "security.answer", "Answer: type the answer the customer chose.", SupplyLookups.REF));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.write(tx -> {
            lookups.customer(tx, customerId);
            CallState call = callId == null ? null : lookups.call(tx, callId, customerId, session);
            if (call == null || !call.verified()) {
                throw SupplyLookups.invalid("Security question", "security.unverified",
                        "the caller must pass the identity check on this call before a security question is set.");
            }
            supply.setSecurityQuestion(tx, customerId, question.strip(), supply.answerHash(customerId, normalised.get()),
                    clock.instant(), session.userId());
            events.append(tx, new EventDraft(session.userId(), EventAction.SECURITY_QUESTION_SET, purpose.code(), lookups.subject(customerId),
                    Map.of("call", Long.toString(call.id())), null));
            return null;
        });
    }

    /** A team lead clears the failed-checks flag after looking into it, saying what they found. */
    public void clearFlag(Session session, long customerId, String note) {
        session.require(Role.TEAM_LEAD, "clear a record's flag");
        String text = note == null ? "" : note.strip();
        List<Violation> problems = text.isEmpty()
                ? List.of(new Violation("Note", "flag.note", "Note: say what you found and why the flag can be cleared.", SupplyLookups.REF))
                : org.custodian.core.validation.FreeText.check("Note", text, 500).problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.write(tx -> {
            lookups.customer(tx, customerId);
            for (SupplyRepository.Flag flag : supply.openFlags(tx, customerId)) {
                supply.clearFlag(tx, flag, clock.instant(), session.userId(), text);
                events.append(tx, new EventDraft(session.userId(), EventAction.RECORD_FLAG_CLEARED, null, lookups.subject(customerId),
                        Map.of("kind", flag.kind()), null));
            }
            return null;
        });
    }

}
