package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.custodian.core.users.User;
import org.custodian.core.users.UserRepository;
import org.jooq.DSLContext;

/**
 * Supplying information safely: the caller's identity check, third parties with authority, and disclosures,
 * each refused with a reason unless the rules allow it and each recorded as an event (items and outcomes, never
 * answers or values) in the same transaction as the register.
 */
public final class SupplyService {

    private static final String REF = "UK GDPR Art 5(1)(f)";
    private final Store store;
    private final ScriptCatalogue catalogue;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final UserRepository users;
    private final SupplyRepository supply;
    private final SettingsService settings;
    private final EventLog events;
    private final Clock clock;
    private final SuppliedValues values;
    private final ThirdPartyRules thirdPartyRules;

    public SupplyService(Store store, ScriptCatalogue catalogue, CustomerRepository customers, CustomerRecords records,
                         UserRepository users, SupplyRepository supply, SettingsService settings, EventLog events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.customers = customers;
        this.records = records;
        this.users = users;
        this.supply = supply;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.values = new SuppliedValues(records);
        this.thirdPartyRules = new ThirdPartyRules();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    /** The supply panel for a record opened for a purpose; {@code callId} is this call's, or null before any check. */
    public SupplyOverview overview(Session session, long customerId, String purposeCode, Long callId) {
        Purpose purpose = purpose(purposeCode);
        DSLContext dsl = store.dsl();
        return overview(dsl, session, customer(dsl, customerId), purpose, callId);
    }

    private SupplyOverview overview(DSLContext dsl, Session session, Customer customer, Purpose purpose, Long callId) {
        VerificationPolicy policy = settings.verificationPolicy();
        Map<VerificationItem, Set<String>> held = held(dsl, customer);
        List<VerificationItem> askable = List.copyOf(EnumSet.copyOf(withNone(VerificationRules.askable(policy, held))));
        String question = supply.securityQuestion(dsl, customer.id()).map(SupplyRepository.SecurityQuestion::question).orElse(null);
        CallState call = callId == null ? null : call(dsl, callId, customer.id(), session);
        Map<Long, String> names = new HashMap<>();
        SupplyOverview.FlagLine flag = supply.openFlags(dsl, customer.id()).stream().findFirst()
                .map(f -> new SupplyOverview.FlagLine(f.kind(), f.raisedAt(), userName(dsl, names, f.raisedBy()))).orElse(null);
        LocalDate today = today();
        List<SupplyOverview.ThirdPartyLine> parties = supply.thirdParties(dsl, customer.id()).stream()
                .map(p -> new SupplyOverview.ThirdPartyLine(p.id(), p.fullName(), p.authority(), p.evidence(), p.scope(), p.expiresOn(),
                        p.status(today), p.recordedAt(), userName(dsl, names, p.recordedBy()))).toList();
        List<SupplyOverview.DisclosureLine> register = supply.disclosures(dsl, customer.id()).stream()
                .map(d -> line(dsl, names, d, customer.reference())).toList();
        return new SupplyOverview(policy, askable, askable.contains(VerificationItem.SECURITY_ANSWER) ? question : null, call, flag,
                parties, List.copyOf(EnumSet.copyOf(withNoneItems(DisclosureRules.available(purpose)))), register);
    }

    private static Set<VerificationItem> withNone(Set<VerificationItem> items) {
        return items.isEmpty() ? EnumSet.noneOf(VerificationItem.class) : items;
    }

    private static Set<DisclosureItem> withNoneItems(Set<DisclosureItem> items) {
        return items.isEmpty() ? EnumSet.noneOf(DisclosureItem.class) : items;
    }

    // ---- identity check

    /** The outcome of a check and the call it belongs to (started by the first check). */
    public record CheckResult(long callId, VerificationVerdict verdict) {
    }

    /**
     * Checks what the caller said. A wrong answer counts as a failed check; the third failed check on one call
     * flags the record, and nothing can then be disclosed to a caller until a team lead clears the flag.
     */
    public CheckResult verify(Session session, long customerId, String purposeCode, Long callId, Map<VerificationItem, String> typed) {
        Purpose purpose = purpose(purposeCode);
        List<Violation> unreadable = VerificationRules.unreadable(typed);
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable);
        }
        Instant now = clock.instant();
        return store.write(tx -> {
            Customer customer = customer(tx, customerId);
            CallState call = callId == null ? supply.startCall(tx, customerId, session.userId(), purpose.code(), now)
                    : call(tx, callId, customerId, session);
            if (call.exhausted()) {
                throw invalid("Identity check", "verify.exhausted", "identity checks have failed " + VerificationPolicy.MAX_FAILED_CHECKS
                        + " times on this call; disclose nothing and end the call politely.");
            }
            if (call.verified()) {
                return new CheckResult(call.id(), new VerificationVerdict.Passed(call.verifiedItems()));
            }
            Map<VerificationItem, Set<String>> held = held(tx, customer);
            VerificationVerdict verdict = VerificationRules.check(settings.verificationPolicy(), held, typed,
                    answer -> supply.answerHash(customerId, answer), call.failedChecks());
            String subject = subject(customerId);
            if (verdict instanceof VerificationVerdict.Passed passed) {
                supply.save(tx, new CallState(call.id(), customerId, call.agentId(), call.purposeCode(), call.startedAt(),
                        call.failedChecks(), now, passed.asked()));
                events.append(tx, new EventDraft(session.userId(), EventAction.CALLER_VERIFIED, purpose.code(), subject,
                        Map.of("call", Long.toString(call.id()), "asked", eventCodes(passed.asked())), null));
            } else if (verdict instanceof VerificationVerdict.Failed failed) {
                supply.save(tx, new CallState(call.id(), customerId, call.agentId(), call.purposeCode(), call.startedAt(),
                        failed.failedChecks(), null, Set.of()));
                events.append(tx, new EventDraft(session.userId(), EventAction.CALLER_VERIFICATION_FAILED, purpose.code(), subject,
                        Map.of("call", Long.toString(call.id()), "asked", eventCodes(failed.asked()),
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
    private Map<VerificationItem, Set<String>> held(DSLContext dsl, Customer customer) {
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
        Purpose purpose = purpose(purposeCode);
        List<Violation> problems = new ArrayList<>(org.custodian.core.validation.FreeText.check("Security question",
                question, 200).problems());
        Optional<String> normalised = VerificationRules.normalise(VerificationItem.SECURITY_ANSWER, answer);
        if (normalised.isEmpty()) {
            problems.add(new Violation("Answer", "security.answer", "Answer: type the answer the customer chose.", REF));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.write(tx -> {
            customer(tx, customerId);
            CallState call = callId == null ? null : call(tx, callId, customerId, session);
            if (call == null || !call.verified()) {
                throw invalid("Security question", "security.unverified",
                        "the caller must pass the identity check on this call before a security question is set.");
            }
            supply.setSecurityQuestion(tx, customerId, question.strip(), supply.answerHash(customerId, normalised.get()),
                    clock.instant(), session.userId());
            events.append(tx, new EventDraft(session.userId(), EventAction.SECURITY_QUESTION_SET, purpose.code(), subject(customerId),
                    Map.of("call", Long.toString(call.id())), null));
            return null;
        });
    }

    /** A team lead clears the failed-checks flag after looking into it, saying what they found. */
    public void clearFlag(Session session, long customerId, String note) {
        session.require(Role.TEAM_LEAD, "clear a record's flag");
        String text = note == null ? "" : note.strip();
        List<Violation> problems = text.isEmpty()
                ? List.of(new Violation("Note", "flag.note", "Note: say what you found and why the flag can be cleared.", REF))
                : org.custodian.core.validation.FreeText.check("Note", text, 500).problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.write(tx -> {
            customer(tx, customerId);
            for (SupplyRepository.Flag flag : supply.openFlags(tx, customerId)) {
                supply.clearFlag(tx, flag, clock.instant(), session.userId(), text);
                events.append(tx, new EventDraft(session.userId(), EventAction.RECORD_FLAG_CLEARED, null, subject(customerId),
                        Map.of("kind", flag.kind()), null));
            }
            return null;
        });
    }

    // ---- third parties

    /** Records a third party's authority to act for the customer. */
    public void addThirdParty(Session session, long customerId, String purposeCode, Long callId, NewThirdParty draft) {
        Purpose purpose = purpose(purposeCode);
        Instant now = clock.instant();
        store.write(tx -> {
            customer(tx, customerId);
            CallState call = callId == null ? null : call(tx, callId, customerId, session);
            List<Violation> problems = thirdPartyRules.check(draft, call != null && call.verified(), today());
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            String note = draft.evidenceNote() == null || draft.evidenceNote().isBlank() ? null : draft.evidenceNote().strip();
            ThirdParty saved = supply.addThirdParty(tx, new ThirdParty(0, customerId, draft.fullName().strip(), draft.authority(),
                    draft.evidence(), note, draft.scope(), draft.expiresOn(), now, session.userId(), null, null));
            events.append(tx, new EventDraft(session.userId(), EventAction.THIRD_PARTY_ADDED, purpose.code(), subject(customerId),
                    Map.of("thirdParty", Long.toString(saved.id()), "authority", saved.authority().name(),
                            "evidence", saved.evidence().name(), "scope", eventCodes(saved.scope())), null));
            return null;
        });
    }

    /** Ends a third party's authority (revoked, or no longer valid): nothing more is disclosed to them. */
    public void withdrawThirdParty(Session session, long customerId, String purposeCode, long thirdPartyId) {
        Purpose purpose = purpose(purposeCode);
        store.write(tx -> {
            ThirdParty party = supply.thirdParties(tx, customerId).stream().filter(p -> p.id() == thirdPartyId && p.revokedAt() == null)
                    .findFirst().orElseThrow(() -> invalid("Third party", "third-party.gone", "that authority is no longer on the record."));
            supply.withdraw(tx, party, clock.instant(), session.userId());
            events.append(tx, new EventDraft(session.userId(), EventAction.THIRD_PARTY_WITHDRAWN, purpose.code(), subject(customerId),
                    Map.of("thirdParty", Long.toString(party.id())), null));
            return null;
        });
    }

    // ---- disclosure

    /** What the agent asks to supply, to whom, on which call. */
    public record DisclosureRequest(long customerId, String purposeCode, Long callId, Recipient recipient, Set<DisclosureItem> items) {

        public DisclosureRequest {
            items = items == null ? Set.of() : Set.copyOf(items);
        }
    }

    /** Supplied (with the values to read out and the register line), or refused with one sentence. */
    public sealed interface DisclosureOutcome {

        record Supplied(long disclosureId, List<SuppliedValue> values) implements DisclosureOutcome {
        }

        record Refused(String reason) implements DisclosureOutcome {
        }
    }

    /**
     * Supplies details if the rules allow: the register line and the event go in with the same transaction as the
     * values are read. A refusal is an event too (its reason code), so attempts show in the audit.
     */
    public DisclosureOutcome disclose(Session session, DisclosureRequest request) {
        Purpose purpose = purpose(request.purposeCode());
        Instant now = clock.instant();
        return store.write(tx -> {
            Customer customer = customer(tx, request.customerId());
            CallState call = request.callId() == null ? null : call(tx, request.callId(), customer.id(), session);
            boolean flagged = !supply.openFlags(tx, customer.id()).isEmpty();
            ThirdParty party = request.recipient() instanceof Recipient.ThirdPartyRecipient t
                    ? supply.thirdParties(tx, customer.id()).stream().filter(p -> p.id() == t.thirdPartyId()).findFirst().orElse(null)
                    : null;
            DisclosureDecision decision = DisclosureRules.decide(purpose, request.items(), request.recipient(), call, flagged, party, today());
            String subject = subject(customer.id());
            String kind = kind(request.recipient()).name();
            if (decision instanceof DisclosureDecision.Refused refused) {
                events.append(tx, new EventDraft(session.userId(), EventAction.DISCLOSURE_REFUSED, purpose.code(), subject,
                        Map.of("recipient", kind, "reason", refused.code()), null));
                return new DisclosureOutcome.Refused(refused.reason());
            }
            DisclosureDecision.Allowed allowed = (DisclosureDecision.Allowed) decision;
            String basisNote = request.recipient() instanceof Recipient.Organisation ? allowed.relation() : null;
            DisclosureEntry entry = supply.addDisclosure(tx, new DisclosureEntry(0, customer.id(), call == null ? null : call.id(),
                    kind(request.recipient()), allowed.recipientName(), allowed.relation(), party == null ? null : party.id(),
                    request.items(), allowed.basis(), basisNote, purpose.code(), session.userId(), now));
            events.append(tx, new EventDraft(session.userId(), EventAction.DISCLOSURE_MADE, purpose.code(), subject,
                    Map.of("disclosure", Long.toString(entry.id()), "recipient", kind, "items", eventCodes(entry.items()),
                            "basis", entry.basis().name()), null));
            return new DisclosureOutcome.Supplied(entry.id(), values.of(tx, customer, EnumSet.copyOf(entry.items())));
        });
    }

    private static DisclosureEntry.RecipientKind kind(Recipient recipient) {
        if (recipient instanceof Recipient.Organisation) {
            return DisclosureEntry.RecipientKind.ORGANISATION;
        }
        return recipient instanceof Recipient.ThirdPartyRecipient ? DisclosureEntry.RecipientKind.THIRD_PARTY
                : DisclosureEntry.RecipientKind.CUSTOMER;
    }

    // ---- the register, for team leads

    /** A register search: a customer reference or recipient name (either may be empty), and a date range. */
    public record RegisterQuery(String text, LocalDate from, LocalDate to) {
    }

    public static final int REGISTER_LIMIT = 500;

    /** Team leads search the disclosure register; looking at it is an event. Newest first, at most 500 lines. */
    public List<SupplyOverview.DisclosureLine> register(Session session, RegisterQuery query) {
        session.require(Role.TEAM_LEAD, "search the disclosure register");
        ZoneId zone = ZoneId.of("Europe/London");
        return store.write(tx -> {
            org.jooq.Condition where = org.jooq.impl.DSL.noCondition();
            if (query.from() != null) {
                where = where.and(org.custodian.core.store.schema.Tables.DISCLOSURE.DISCLOSED_AT.ge(query.from().atStartOfDay(zone).toOffsetDateTime()));
            }
            if (query.to() != null) {
                where = where.and(org.custodian.core.store.schema.Tables.DISCLOSURE.DISCLOSED_AT.lt(query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
            }
            String text = query.text() == null ? "" : query.text().strip();
            if (!text.isEmpty()) {
                Optional<Customer> byReference = customers.findByReference(tx, text.toUpperCase(java.util.Locale.ROOT));
                where = byReference.isPresent() ? where.and(org.custodian.core.store.schema.Tables.DISCLOSURE.CUSTOMER_ID.eq(byReference.get().id()))
                        : where.and(org.custodian.core.store.schema.Tables.DISCLOSURE.RECIPIENT_NAME.likeIgnoreCase("%" + escape(text) + "%", '!'));
            }
            Map<Long, String> names = new HashMap<>();
            Map<Long, String> references = new HashMap<>();
            List<SupplyOverview.DisclosureLine> lines = new ArrayList<>();
            for (DisclosureEntry d : supply.disclosures(tx, where, REGISTER_LIMIT)) {
                String reference = references.computeIfAbsent(d.customerId(),
                        id -> customers.findById(tx, id).map(Customer::reference).orElse("(erased)"));
                lines.add(line(tx, names, d, reference));
            }
            events.append(tx, EventDraft.of(session.userId(), EventAction.DISCLOSURE_REGISTER_SEARCHED,
                    Map.of("lines", Integer.toString(lines.size()))));
            return lines;
        });
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private SupplyOverview.DisclosureLine line(DSLContext dsl, Map<Long, String> names, DisclosureEntry d, String reference) {
        Purpose purpose = catalogue.purposes().get(d.purposeCode());
        return new SupplyOverview.DisclosureLine(d.id(), d.disclosedAt(), reference, d.recipientName(), d.relation(), d.recipientKind(),
                List.copyOf(EnumSet.copyOf(d.items())), d.basis(), d.basisNote(), purpose == null ? d.purposeCode() : purpose.name(),
                userName(dsl, names, d.agentId()));
    }

    // ---- helpers

    /** Event details allow codes only, so a set is joined with "+". */
    private static <E extends Enum<E>> String eventCodes(Set<E> values) {
        return SupplyRepository.codes(values).replace(',', '+');
    }

    private CallState call(DSLContext dsl, long callId, long customerId, Session session) {
        return supply.call(dsl, callId).filter(c -> c.customerId() == customerId && c.agentId() == session.userId())
                .orElseThrow(() -> invalid("Call", "supply.call", "this call's identity check belongs to another record; reopen the record."));
    }

    private String userName(DSLContext dsl, Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, k -> users.findById(dsl, k).map(User::displayName).orElse("a former user"));
    }

    private Customer customer(DSLContext dsl, long id) {
        return customers.findById(dsl, id).orElseThrow(() -> invalid("Customer", "record.gone", "this record no longer exists; search again."));
    }

    private Purpose purpose(String code) {
        Purpose purpose = code == null ? null : catalogue.purposes().get(code);
        if (purpose == null) {
            throw invalid("Purpose", "record.purpose", "choose why you are opening the record from the list.");
        }
        return purpose;
    }

    private String subject(long customerId) {
        return store.subjectKeys().forCustomer(customerId);
    }

    private static InvalidInputException invalid(String field, String code, String message) {
        return new InvalidInputException(new Violation(field, code, field + ": " + message, REF));
    }
}
