package org.custodian.core.audit.pack;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.store.schema.Tables.INTERACTION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custodian.core.customers.ConsentRecord;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.customers.Interaction;
import org.custodian.core.events.ChainHash;
import org.custodian.core.events.Event;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.store.SubjectKeys;
import org.custodian.core.supply.CallState;
import org.custodian.core.supply.DisclosureEntry;
import org.custodian.core.supply.SupplyRepository;
import org.custodian.core.users.User;
import org.custodian.core.users.UserRepository;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Gathers what a pack holds from the store, every row read through its repository (so its MAC is checked), and
 * reduced to what the marking points need: no names of customers, no values, no free text.
 */
public final class PackExporter {

    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final SupplyRepository supply;
    private final UserRepository users;
    private final ScriptCatalogue scripts;
    private final SubjectKeys subjectKeys;

    public PackExporter(CustomerRepository customers, CustomerRecords records, SupplyRepository supply, UserRepository users,
                        ScriptCatalogue scripts, SubjectKeys subjectKeys) {
        this.customers = customers;
        this.records = records;
        this.supply = supply;
        this.users = users;
        this.scripts = scripts;
        this.subjectKeys = subjectKeys;
    }

    /** Interactions saved in [from, to), optionally by one agent, and the event chain from the window's start to the head. */
    public PackContents gather(DSLContext dsl, PackRequest request, String packId, String storeFingerprint,
                               String recipientFingerprint, Instant now) {
        List<Record2<Long, Long>> ids = dsl.select(INTERACTION.ID, INTERACTION.CUSTOMER_ID).from(INTERACTION)
                .where(INTERACTION.SAVED_AT.ge(utc(request.from()))).and(INTERACTION.SAVED_AT.lt(utc(request.to())))
                .and(request.agentId() == null ? org.jooq.impl.DSL.noCondition() : INTERACTION.AGENT_ID.eq(request.agentId()))
                .orderBy(INTERACTION.SAVED_AT, INTERACTION.ID).fetch();
        Map<Long, List<Long>> byCustomer = new LinkedHashMap<>();
        ids.forEach(r -> byCustomer.computeIfAbsent(r.value2(), c -> new ArrayList<>()).add(r.value1()));
        Map<Long, String> agentNames = new HashMap<>();
        List<PackEntry> entries = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> customer : byCustomer.entrySet()) {
            entries.addAll(entriesFor(dsl, customer.getKey(), Set.copyOf(customer.getValue()), agentNames));
        }
        entries.sort(Comparator.comparing(PackEntry::savedAt).thenComparing(PackEntry::interactionId));
        Long firstSeq = dsl.select(org.jooq.impl.DSL.min(EVENT.SEQ)).from(EVENT).where(EVENT.OCCURRED_AT.ge(utc(request.from())))
                .fetchOne(0, Long.class);
        long start = firstSeq == null ? Math.max(1, dsl.fetchCount(EVENT)) : firstSeq;
        List<Event> events = dsl.selectFrom(EVENT).where(EVENT.SEQ.ge(start)).orderBy(EVENT.SEQ).fetchSize(5_000)
                .fetch(r -> new Event(r.getSeq(), r.getOccurredAt().toInstant(), r.getActorId(), r.getAction(), r.getPurpose(),
                        r.getSubjectKey(), r.getDetails(), r.getPrevHash(), r.getHash()));
        byte[] anchor = events.isEmpty() ? ChainHash.GENESIS : events.get(0).prevHash();
        return new PackContents(packId, storeFingerprint, recipientFingerprint, now, request.from(), request.to(),
                request.agentId(), start, anchor, events, entries);
    }

    private List<PackEntry> entriesFor(DSLContext dsl, long customerId, Set<Long> wanted, Map<Long, String> agentNames) {
        Customer customer = customers.findById(dsl, customerId).orElseThrow();
        List<Interaction> interactions = records.interactions(dsl, customerId).stream()
                .filter(i -> wanted.contains(i.id())).toList();
        Set<String> held = heldFields(dsl, customer);
        List<ConsentRecord> consents = records.consents(dsl, customerId);
        List<PackConsent> packConsents = consents.stream().map(c -> new PackConsent(c.purposeCode(),
                c.channel() == null ? null : c.channel().name(), c.status().name(), c.method().name(), c.wordingVersion(),
                c.recordedAt())).toList();
        List<DisclosureEntry> disclosures = supply.disclosures(dsl, customerId);
        String subject = subjectKeys.forCustomer(customerId);
        List<PackEntry> out = new ArrayList<>();
        for (Interaction i : interactions) {
            Set<String> recorded = new java.util.HashSet<>(held);
            if (i.outcome() != null && !i.outcome().isBlank()) {
                recorded.add(Field.OUTCOME.name());
            }
            if (!blank(i.nature())) {
                recorded.add(Field.NATURE_OF_ENQUIRY.name());
            }
            if (!blank(i.actionsTaken())) {
                recorded.add(Field.ACTIONS_TAKEN.name());
            }
            i.otherAnswers().forEach((field, value) -> {
                if (!blank(value)) {
                    recorded.add(field.name());
                }
            });
            Optional<Purpose> purpose = scripts.purpose(i.purposeCode(), i.purposeVersion());
            Set<String> mandatory = scripts.script(i.scriptId(), i.scriptVersion()).map(MandatoryFields::of)
                    .orElse(EnumSet.noneOf(Field.class)).stream().map(Enum::name).collect(Collectors.toSet());
            List<PackDisclosure> onThisCall = disclosures.stream()
                    .filter(d -> d.agentId() == i.agentId() && !d.disclosedAt().isBefore(i.startedAt()))
                    .map(d -> disclosure(dsl, d)).toList();
            String agentName = agentNames.computeIfAbsent(i.agentId(),
                    id -> users.findById(dsl, id).map(User::displayName).orElse("#" + id));
            out.add(new PackEntry(i.id(), customer.reference(), subject, i.agentId(), agentName, i.startedAt(), i.savedAt(),
                    i.enquiryType(), i.scriptId(), i.scriptVersion(), i.purposeCode(), i.purposeVersion(),
                    purpose.map(p -> p.basis() == null ? null : p.basis().name()).orElse(null), !blank(i.nature()),
                    !blank(i.actionsTaken()), i.readBack(), mandatory, recorded, packConsents, onThisCall));
        }
        return out;
    }

    private Set<String> heldFields(DSLContext dsl, Customer customer) {
        Set<String> held = new java.util.HashSet<>();
        if (!blank(customer.fullName())) {
            held.add(Field.FULL_NAME.name());
        }
        if (customer.dateOfBirth() != null) {
            held.add(Field.DATE_OF_BIRTH.name());
        }
        if (!blank(customer.postcode())) {
            held.add(Field.POSTCODE.name());
        }
        if (!blank(customer.address())) {
            held.add(Field.ADDRESS.name());
        }
        for (ContactPoint point : records.contactPoints(dsl, customer.id())) {
            held.add(point.kind() == ContactPoint.Kind.PHONE ? Field.PHONE.name() : Field.EMAIL.name());
        }
        records.specialCategory(dsl, customer.id()).forEach(s -> held.add(s.field().name()));
        for (ConsentRecord c : records.consents(dsl, customer.id())) {
            if (c.channel() != null) {
                for (Field f : Field.values()) {
                    if (f.channel() == c.channel()) {
                        held.add(f.name());
                    }
                }
            }
        }
        return held;
    }

    private PackDisclosure disclosure(DSLContext dsl, DisclosureEntry d) {
        Instant verifiedAt = d.callId() == null ? null : supply.call(dsl, d.callId()).map(CallState::verifiedAt).orElse(null);
        return new PackDisclosure(d.id(), d.recipientKind().name(),
                d.items().stream().map(Enum::name).collect(Collectors.toSet()), d.basis() == null ? null : d.basis().name(),
                d.thirdPartyId() != null, d.disclosedAt(), verifiedAt);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
