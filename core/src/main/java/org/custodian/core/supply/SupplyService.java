package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
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
 * Supplying information safely: what the record's supply panel shows, third parties with authority, disclosures
 * and the register. Each disclosure is refused with a reason unless the rules allow it, and each is an event
 * (items and outcomes, never values) in the same transaction as the register. The identity check a disclosure to a
 * caller depends on is {@link CallerCheckService}'s.
 */
public final class SupplyService {

    private final Store store;
    private final ScriptCatalogue catalogue;
    private final CustomerRepository customers;
    private final SupplyRepository supply;
    private final SettingsService settings;
    private final EventLog events;
    private final Clock clock;
    private final SuppliedValues values;
    private final SupplyLookups lookups;
    private final CallerCheckService checks;

    public SupplyService(Store store, ScriptCatalogue catalogue, CustomerRepository customers, CustomerRecords records,
                         UserRepository users, SupplyRepository supply, SettingsService settings, EventLog events, Clock clock,
                         CallerCheckService checks) {
        this.store = store;
        this.catalogue = catalogue;
        this.customers = customers;
        this.supply = supply;
        this.checks = checks;
        this.lookups = new SupplyLookups(store, catalogue, customers, users, supply);
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.values = new SuppliedValues(records);
    }

    /** The supply panel for a record opened for a purpose; {@code callId} is this call's, or null before any check. */
    public SupplyOverview overview(Session session, long customerId, String purposeCode, Long callId) {
        Purpose purpose = lookups.purpose(purposeCode);
        DSLContext dsl = store.dsl();
        return overview(dsl, session, lookups.customer(dsl, customerId), purpose, callId);
    }

    private SupplyOverview overview(DSLContext dsl, Session session, Customer customer, Purpose purpose, Long callId) {
        VerificationPolicy policy = settings.verificationPolicy();
        Map<VerificationItem, Set<String>> held = checks.held(dsl, customer);
        List<VerificationItem> askable = List.copyOf(VerificationRules.askable(policy, held)); // an EnumSet: in enum order
        String question = supply.securityQuestion(dsl, customer.id()).map(SupplyRepository.SecurityQuestion::question).orElse(null);
        CallState call = callId == null ? null : lookups.call(dsl, callId, customer.id(), session);
        Map<Long, String> names = new HashMap<>();
        SupplyOverview.FlagLine flag = supply.openFlags(dsl, customer.id()).stream().findFirst()
                .map(f -> new SupplyOverview.FlagLine(f.kind(), f.raisedAt(), lookups.userName(dsl, names, f.raisedBy()))).orElse(null);
        LocalDate today = SupplyLookups.today(clock);
        List<SupplyOverview.ThirdPartyLine> parties = supply.thirdParties(dsl, customer.id()).stream()
                .map(p -> new SupplyOverview.ThirdPartyLine(p.id(), p.fullName(), p.authority(), p.evidence(), p.scope(), p.expiresOn(),
                        p.status(today), p.recordedAt(), lookups.userName(dsl, names, p.recordedBy()))).toList();
        List<SupplyOverview.DisclosureLine> register = supply.disclosures(dsl, customer.id()).stream()
                .map(d -> line(dsl, names, d, customer.reference())).toList();
        return new SupplyOverview(policy, askable, askable.contains(VerificationItem.SECURITY_ANSWER) ? question : null, call, flag,
                parties, List.copyOf(DisclosureRules.available(purpose)), register);
    }
    // ---- third parties

    /** Records a third party's authority to act for the customer. */
    public void addThirdParty(Session session, long customerId, String purposeCode, Long callId, NewThirdParty draft) {
        Purpose purpose = lookups.purpose(purposeCode);
        Instant now = clock.instant();
        store.write(tx -> {
            lookups.customer(tx, customerId);
            CallState call = callId == null ? null : lookups.call(tx, callId, customerId, session);
            List<Violation> problems = ThirdPartyRules.check(draft, call != null && call.verified(), SupplyLookups.today(clock));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            String note = draft.evidenceNote() == null || draft.evidenceNote().isBlank() ? null : draft.evidenceNote().strip();
            ThirdParty saved = supply.addThirdParty(tx, new ThirdParty(0, customerId, draft.fullName().strip(), draft.authority(),
                    draft.evidence(), note, draft.scope(), draft.expiresOn(), now, session.userId(), null, null));
            events.append(tx, new EventDraft(session.userId(), EventAction.THIRD_PARTY_ADDED, purpose.code(), lookups.subject(customerId),
                    Map.of("thirdParty", Long.toString(saved.id()), "authority", saved.authority().name(),
                            "evidence", saved.evidence().name(), "scope", SupplyLookups.eventCodes(saved.scope())), null));
            return null;
        });
    }

    /** Ends a third party's authority (revoked, or no longer valid): nothing more is disclosed to them. */
    public void withdrawThirdParty(Session session, long customerId, String purposeCode, long thirdPartyId) {
        Purpose purpose = lookups.purpose(purposeCode);
        store.write(tx -> {
            ThirdParty party = supply.thirdParties(tx, customerId).stream().filter(p -> p.id() == thirdPartyId && p.revokedAt() == null)
                    .findFirst().orElseThrow(() -> SupplyLookups.invalid("Third party", "third-party.gone", "that authority is no longer on the record."));
            supply.withdraw(tx, party, clock.instant(), session.userId());
            events.append(tx, new EventDraft(session.userId(), EventAction.THIRD_PARTY_WITHDRAWN, purpose.code(), lookups.subject(customerId),
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
        Purpose purpose = lookups.purpose(request.purposeCode());
        Instant now = clock.instant();
        return store.write(tx -> {
            Customer customer = lookups.customer(tx, request.customerId());
            CallState call = request.callId() == null ? null : lookups.call(tx, request.callId(), customer.id(), session);
            boolean flagged = !supply.openFlags(tx, customer.id()).isEmpty();
            ThirdParty party = request.recipient() instanceof Recipient.ThirdPartyRecipient t
                    ? supply.thirdParties(tx, customer.id()).stream().filter(p -> p.id() == t.thirdPartyId()).findFirst().orElse(null)
                    : null;
            DisclosureDecision decision = DisclosureRules.decide(purpose, request.items(), request.recipient(), call, flagged, party, SupplyLookups.today(clock));
            String subject = lookups.subject(customer.id());
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
                    Map.of("disclosure", Long.toString(entry.id()), "recipient", kind, "items", SupplyLookups.eventCodes(entry.items()),
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
                lookups.userName(dsl, names, d.agentId()));
    }
}
