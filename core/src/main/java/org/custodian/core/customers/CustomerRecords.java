package org.custodian.core.customers;

import static org.custodian.core.store.schema.Tables.CONSENT;
import static org.custodian.core.store.schema.Tables.CONTACT_POINT;
import static org.custodian.core.store.schema.Tables.CUSTOMER_HISTORY;
import static org.custodian.core.store.schema.Tables.INTERACTION;
import static org.custodian.core.store.schema.Tables.SPECIAL_CATEGORY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.gdpr.Art9Condition;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.MarketingChannel;
import org.custodian.core.store.IdBlocks;
import org.custodian.core.store.PlainBytes;
import org.custodian.core.store.RowMac;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The rows around a customer: contact points, consents, interactions, rectification history and special
 * category data. Each row carries a MAC over every column (the id included) and is verified on read.
 */
public final class CustomerRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RowMac rowMac;

    public CustomerRecords(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    // ---- contact points

    public ContactPoint addContactPoint(DSLContext tx, long customerId, ContactPoint.Kind kind, String value, Instant at) {
        Instant t = micros(at);
        long id = tx.insertInto(CONTACT_POINT).set(CONTACT_POINT.CUSTOMER_ID, customerId).set(CONTACT_POINT.KIND, kind.name())
                .set(CONTACT_POINT.VAL, value).set(CONTACT_POINT.SEARCH_KEY, searchKey(value)).set(CONTACT_POINT.VERIFIED_AT, utc(t)).set(CONTACT_POINT.CREATED_AT, utc(t))
                .set(CONTACT_POINT.MAC, new byte[32]).returning(CONTACT_POINT.ID).fetchOne(CONTACT_POINT.ID);
        ContactPoint point = new ContactPoint(id, customerId, kind, value, t, t);
        tx.update(CONTACT_POINT).set(CONTACT_POINT.MAC, mac(point)).where(CONTACT_POINT.ID.eq(id)).execute();
        return point;
    }

    /** A contact point not yet saved, for {@link #addContactPoints}. */
    public record NewContactPoint(long customerId, ContactPoint.Kind kind, String value) {
    }

    /**
     * Saves many contact points at once (bulk loads), each row, search key and MAC exactly as
     * {@link #addContactPoint} writes it; ids are reserved as one block so every MAC goes in with its row.
     */
    public List<ContactPoint> addContactPoints(DSLContext tx, List<NewContactPoint> drafts, Instant at) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Instant t = micros(at);
        long id = IdBlocks.reserve(tx, CONTACT_POINT, CONTACT_POINT.ID, drafts.size());
        BatchBindStep batch = tx.batch(tx.insertInto(CONTACT_POINT, CONTACT_POINT.ID, CONTACT_POINT.CUSTOMER_ID, CONTACT_POINT.KIND,
                CONTACT_POINT.VAL, CONTACT_POINT.SEARCH_KEY, CONTACT_POINT.VERIFIED_AT, CONTACT_POINT.CREATED_AT, CONTACT_POINT.MAC)
                .values(DSL.val((Long) null), DSL.val((Long) null), DSL.val((String) null), DSL.val((String) null), DSL.val((String) null),
                        DSL.val((OffsetDateTime) null), DSL.val((OffsetDateTime) null), PlainBytes.placeholder()));
        List<ContactPoint> saved = new ArrayList<>(drafts.size());
        for (NewContactPoint d : drafts) {
            saved.add(new ContactPoint(id++, d.customerId(), d.kind(), d.value(), t, t));
        }
        // in search-key order: neighbouring rows then land in the same pages of the two value indexes
        List<ContactPoint> inKeyOrder = new ArrayList<>(saved);
        inKeyOrder.sort(Comparator.comparing((ContactPoint p) -> p.kind().name()).thenComparing(p -> searchKey(p.value())));
        for (ContactPoint point : inKeyOrder) {
            batch.bind(point.id(), point.customerId(), point.kind().name(), point.value(), searchKey(point.value()), utc(t), utc(t),
                    mac(point));
        }
        batch.execute();
        return saved;
    }

    /** What a search for this phone (E.164) or email is matched against: the value, lower-cased. */
    public static String searchKey(String value) {
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    /** Replaces a contact point's value (a rectification); the new value counts as confirmed now. */
    public ContactPoint replaceValue(DSLContext tx, ContactPoint point, String value, Instant at) {
        ContactPoint next = new ContactPoint(point.id(), point.customerId(), point.kind(), value, micros(at), point.createdAt());
        tx.update(CONTACT_POINT).set(CONTACT_POINT.VAL, value).set(CONTACT_POINT.SEARCH_KEY, searchKey(value))
                .set(CONTACT_POINT.VERIFIED_AT, utc(next.verifiedAt())).set(CONTACT_POINT.MAC, mac(next))
                .where(CONTACT_POINT.ID.eq(point.id())).execute();
        return next;
    }

    /** Marks a contact point confirmed with the customer now. */
    public void reconfirm(DSLContext tx, ContactPoint point, Instant at) {
        ContactPoint confirmed = new ContactPoint(point.id(), point.customerId(), point.kind(), point.value(), micros(at),
                point.createdAt());
        tx.update(CONTACT_POINT).set(CONTACT_POINT.VERIFIED_AT, utc(confirmed.verifiedAt())).set(CONTACT_POINT.MAC, mac(confirmed))
                .where(CONTACT_POINT.ID.eq(point.id())).execute();
    }

    public List<ContactPoint> contactPoints(DSLContext dsl, long customerId) {
        return dsl.selectFrom(CONTACT_POINT).where(CONTACT_POINT.CUSTOMER_ID.eq(customerId)).orderBy(CONTACT_POINT.ID)
                .fetch(this::verifiedPoint);
    }

    /** The contact points of several customers in one read (a page of search results), each MAC verified. */
    public java.util.Map<Long, List<ContactPoint>> contactPoints(DSLContext dsl, java.util.Collection<Long> customerIds) {
        java.util.Map<Long, List<ContactPoint>> byCustomer = new java.util.HashMap<>();
        dsl.selectFrom(CONTACT_POINT).where(CONTACT_POINT.CUSTOMER_ID.in(customerIds)).orderBy(CONTACT_POINT.ID)
                .fetch(this::verifiedPoint)
                .forEach(p -> byCustomer.computeIfAbsent(p.customerId(), id -> new java.util.ArrayList<>()).add(p));
        return byCustomer;
    }

    private ContactPoint verifiedPoint(org.custodian.core.store.schema.tables.records.ContactPointRecord r) {
        ContactPoint p = new ContactPoint(r.getId(), r.getCustomerId(), ContactPoint.Kind.valueOf(r.getKind()), r.getVal(),
                r.getVerifiedAt().toInstant(), r.getCreatedAt().toInstant());
        check(r.getMac(), mac(p), "contact_point", p.id());
        return p;
    }

    /** Customers with this exact contact point (phone as E.164; email in any case). */
    public List<Long> customersWith(DSLContext dsl, ContactPoint.Kind kind, String value) {
        return dsl.selectDistinct(CONTACT_POINT.CUSTOMER_ID).from(CONTACT_POINT)
                .where(CONTACT_POINT.KIND.eq(kind.name()).and(CONTACT_POINT.SEARCH_KEY.eq(searchKey(value)))).limit(20)
                .fetch(CONTACT_POINT.CUSTOMER_ID);
    }

    /** Customers with a contact point whose search key is {@code key} or, unless {@code whole}, starts with it. */
    public List<Long> customersWithKey(DSLContext dsl, ContactPoint.Kind kind, String key, boolean whole, int cap) {
        org.jooq.Condition match = whole ? CONTACT_POINT.SEARCH_KEY.eq(key)
                : CONTACT_POINT.SEARCH_KEY.like(key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%", '!');
        // no DISTINCT: H2 would gather every match before the limit; a customer with two matching numbers is rare
        return List.copyOf(new java.util.LinkedHashSet<>(dsl.select(CONTACT_POINT.CUSTOMER_ID).from(CONTACT_POINT)
                .where(CONTACT_POINT.KIND.eq(kind.name()).and(match)).limit(cap).fetch(CONTACT_POINT.CUSTOMER_ID)));
    }

    private byte[] mac(ContactPoint p) {
        return rowMac.of("contact_point", p.id(), p.customerId(), p.kind().name(), p.value(), p.verifiedAt(), p.createdAt());
    }

    // ---- consents

    public ConsentRecord addConsent(DSLContext tx, ConsentRecord draft) {
        Instant t = micros(draft.recordedAt());
        long id = tx.insertInto(CONSENT).set(CONSENT.CUSTOMER_ID, draft.customerId()).set(CONSENT.PURPOSE_CODE, draft.purposeCode())
                .set(CONSENT.PURPOSE_VERSION, draft.purposeVersion())
                .set(CONSENT.CHANNEL, draft.channel() == null ? null : draft.channel().name())
                .set(CONSENT.STATUS, draft.status().name()).set(CONSENT.METHOD, draft.method().name())
                .set(CONSENT.WORDING_VERSION, draft.wordingVersion()).set(CONSENT.SCRIPT_ID, draft.scriptId())
                .set(CONSENT.SCRIPT_VERSION, draft.scriptVersion()).set(CONSENT.INTERACTION_ID, draft.interactionId())
                .set(CONSENT.RECORDED_AT, utc(t)).set(CONSENT.RECORDED_BY, draft.recordedBy()).set(CONSENT.MAC, new byte[32])
                .returning(CONSENT.ID).fetchOne(CONSENT.ID);
        ConsentRecord saved = new ConsentRecord(id, draft.customerId(), draft.purposeCode(), draft.purposeVersion(), draft.channel(),
                draft.status(), draft.method(), draft.wordingVersion(), draft.scriptId(), draft.scriptVersion(),
                draft.interactionId(), t, draft.recordedBy());
        tx.update(CONSENT).set(CONSENT.MAC, mac(saved)).where(CONSENT.ID.eq(id)).execute();
        return saved;
    }

    public List<ConsentRecord> consents(DSLContext dsl, long customerId) {
        return consentsWhere(dsl, CONSENT.CUSTOMER_ID.eq(customerId));
    }

    /**
     * Unlinks consent answers from calls about to be disposed of (retention): each answer stays, its MAC
     * re-computed over the now empty link, after its current MAC has been checked.
     */
    public void detachConsentsFrom(DSLContext tx, List<Long> interactionIds) {
        for (ConsentRecord c : consentsWhere(tx, CONSENT.INTERACTION_ID.in(interactionIds))) {
            ConsentRecord detached = new ConsentRecord(c.id(), c.customerId(), c.purposeCode(), c.purposeVersion(), c.channel(),
                    c.status(), c.method(), c.wordingVersion(), c.scriptId(), c.scriptVersion(), null, c.recordedAt(), c.recordedBy());
            tx.update(CONSENT).setNull(CONSENT.INTERACTION_ID).set(CONSENT.MAC, mac(detached)).where(CONSENT.ID.eq(c.id())).execute();
        }
    }

    private List<ConsentRecord> consentsWhere(DSLContext dsl, org.jooq.Condition where) {
        return dsl.selectFrom(CONSENT).where(where).orderBy(CONSENT.RECORDED_AT, CONSENT.ID).fetch(r -> {
            ConsentRecord c = new ConsentRecord(r.getId(), r.getCustomerId(), r.getPurposeCode(), r.getPurposeVersion(),
                    r.getChannel() == null ? null : MarketingChannel.valueOf(r.getChannel()),
                    ConsentRecord.Status.valueOf(r.getStatus()), ConsentMethod.valueOf(r.getMethod()), r.getWordingVersion(),
                    r.getScriptId(), r.getScriptVersion(), r.getInteractionId(), r.getRecordedAt().toInstant(), r.getRecordedBy());
            check(r.getMac(), mac(c), "consent", c.id());
            return c;
        });
    }

    private byte[] mac(ConsentRecord c) {
        return rowMac.of("consent", c.id(), c.customerId(), c.purposeCode(), c.purposeVersion(), c.channel(), c.status(),
                c.method(), c.wordingVersion(), c.scriptId(), c.scriptVersion(), c.interactionId(), c.recordedAt(), c.recordedBy());
    }

    // ---- interactions

    public Interaction addInteraction(DSLContext tx, Interaction draft) {
        String answers = answersJson(draft.otherAnswers());
        long id = tx.insertInto(INTERACTION).set(INTERACTION.CUSTOMER_ID, draft.customerId()).set(INTERACTION.AGENT_ID, draft.agentId())
                .set(INTERACTION.STARTED_AT, utc(micros(draft.startedAt()))).set(INTERACTION.SAVED_AT, utc(micros(draft.savedAt())))
                .set(INTERACTION.ENQUIRY_TYPE, draft.enquiryType()).set(INTERACTION.SCRIPT_ID, draft.scriptId())
                .set(INTERACTION.SCRIPT_VERSION, draft.scriptVersion()).set(INTERACTION.PURPOSE_CODE, draft.purposeCode())
                .set(INTERACTION.PURPOSE_VERSION, draft.purposeVersion()).set(INTERACTION.NATURE, draft.nature())
                .set(INTERACTION.ACTIONS_TAKEN, draft.actionsTaken()).set(INTERACTION.OUTCOME, draft.outcome())
                .set(INTERACTION.ANSWERS, answers).set(INTERACTION.READ_BACK, draft.readBack()).set(INTERACTION.MAC, new byte[32])
                .returning(INTERACTION.ID).fetchOne(INTERACTION.ID);
        Interaction saved = new Interaction(id, draft.customerId(), draft.agentId(), micros(draft.startedAt()), micros(draft.savedAt()),
                draft.enquiryType(), draft.scriptId(), draft.scriptVersion(), draft.purposeCode(), draft.purposeVersion(),
                draft.nature(), draft.actionsTaken(), draft.outcome(), draft.otherAnswers(), draft.readBack());
        tx.update(INTERACTION).set(INTERACTION.MAC, mac(saved, answers)).where(INTERACTION.ID.eq(id)).execute();
        return saved;
    }

    public List<Interaction> interactions(DSLContext dsl, long customerId) {
        return dsl.selectFrom(INTERACTION).where(INTERACTION.CUSTOMER_ID.eq(customerId)).orderBy(INTERACTION.SAVED_AT.desc()).fetch(r -> {
            Interaction i = new Interaction(r.getId(), r.getCustomerId(), r.getAgentId(), r.getStartedAt().toInstant(),
                    r.getSavedAt().toInstant(), r.getEnquiryType(), r.getScriptId(), r.getScriptVersion(), r.getPurposeCode(),
                    r.getPurposeVersion(), r.getNature(), r.getActionsTaken(), r.getOutcome(), answersFrom(r.getAnswers(), r.getId()),
                    r.getReadBack());
            check(r.getMac(), mac(i, r.getAnswers()), "interaction", i.id());
            return i;
        });
    }

    private byte[] mac(Interaction i, String answersJson) {
        return rowMac.of("interaction", i.id(), i.customerId(), i.agentId(), i.startedAt(), i.savedAt(), i.enquiryType(),
                i.scriptId(), i.scriptVersion(), i.purposeCode(), i.purposeVersion(), i.nature(), i.actionsTaken(), i.outcome(),
                answersJson, i.readBack());
    }

    private static String answersJson(Map<Field, String> answers) {
        try {
            Map<String, String> sorted = new TreeMap<>();
            answers.forEach((k, v) -> sorted.put(k.name(), v));
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Field, String> answersFrom(String json, long id) {
        try {
            Map<String, String> raw = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
            Map<Field, String> answers = new EnumMap<>(Field.class);
            raw.forEach((k, v) -> answers.put(Field.valueOf(k), v));
            return answers;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IntegrityException("interaction", id);
        }
    }

    // ---- rectification history and special category data

    public void addHistory(DSLContext tx, long customerId, Field field, String oldValue, Instant at, long by, String reason) {
        Instant t = micros(at);
        long id = tx.insertInto(CUSTOMER_HISTORY).set(CUSTOMER_HISTORY.CUSTOMER_ID, customerId).set(CUSTOMER_HISTORY.FIELD, field.name())
                .set(CUSTOMER_HISTORY.OLD_VALUE, oldValue).set(CUSTOMER_HISTORY.CHANGED_AT, utc(t)).set(CUSTOMER_HISTORY.CHANGED_BY, by)
                .set(CUSTOMER_HISTORY.REASON, reason).set(CUSTOMER_HISTORY.MAC, new byte[32])
                .returning(CUSTOMER_HISTORY.ID).fetchOne(CUSTOMER_HISTORY.ID);
        tx.update(CUSTOMER_HISTORY).set(CUSTOMER_HISTORY.MAC, rowMac.of("customer_history", id, customerId, field.name(), oldValue, t, by, reason))
                .where(CUSTOMER_HISTORY.ID.eq(id)).execute();
    }

    /** Rectification history, newest first, each row's MAC verified. */
    public List<HistoryEntry> history(DSLContext dsl, long customerId) {
        return dsl.selectFrom(CUSTOMER_HISTORY).where(CUSTOMER_HISTORY.CUSTOMER_ID.eq(customerId))
                .orderBy(CUSTOMER_HISTORY.CHANGED_AT.desc(), CUSTOMER_HISTORY.ID.desc()).fetch(r -> {
                    Instant t = r.getChangedAt().toInstant();
                    check(r.getMac(), rowMac.of("customer_history", r.getId(), r.getCustomerId(), r.getField(), r.getOldValue(), t,
                            r.getChangedBy(), r.getReason()), "customer_history", r.getId());
                    return new HistoryEntry(r.getId(), r.getCustomerId(), field(r.getField(), "customer_history", r.getId()),
                            r.getOldValue(), t, r.getChangedBy(), r.getReason());
                });
    }

    /** Special category data held about the customer, newest first, each row's MAC verified. */
    public List<SpecialCategoryEntry> specialCategory(DSLContext dsl, long customerId) {
        return dsl.selectFrom(SPECIAL_CATEGORY).where(SPECIAL_CATEGORY.CUSTOMER_ID.eq(customerId))
                .orderBy(SPECIAL_CATEGORY.RECORDED_AT.desc(), SPECIAL_CATEGORY.ID.desc()).fetch(r -> {
                    Instant t = r.getRecordedAt().toInstant();
                    check(r.getMac(), rowMac.of("special_category", r.getId(), r.getCustomerId(), r.getField(), r.getVal(),
                            r.getArt9Condition(), t, r.getRecordedBy()), "special_category", r.getId());
                    try {
                        return new SpecialCategoryEntry(r.getId(), r.getCustomerId(), Field.valueOf(r.getField()), r.getVal(),
                                Art9Condition.valueOf(r.getArt9Condition()), t, r.getRecordedBy());
                    } catch (IllegalArgumentException e) {
                        throw new IntegrityException("special_category", r.getId());
                    }
                });
    }

    private static Field field(String name, String table, long id) {
        try {
            return Field.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IntegrityException(table, id);
        }
    }

    public int historyCount(DSLContext dsl, long customerId) {
        return dsl.fetchCount(CUSTOMER_HISTORY, CUSTOMER_HISTORY.CUSTOMER_ID.eq(customerId));
    }

    public void addSpecialCategory(DSLContext tx, long customerId, Field field, String value, Art9Condition condition,
                                   Instant at, long by) {
        Instant t = micros(at);
        long id = tx.insertInto(SPECIAL_CATEGORY).set(SPECIAL_CATEGORY.CUSTOMER_ID, customerId).set(SPECIAL_CATEGORY.FIELD, field.name())
                .set(SPECIAL_CATEGORY.VAL, value).set(SPECIAL_CATEGORY.ART9_CONDITION, condition.name())
                .set(SPECIAL_CATEGORY.RECORDED_AT, utc(t)).set(SPECIAL_CATEGORY.RECORDED_BY, by).set(SPECIAL_CATEGORY.MAC, new byte[32])
                .returning(SPECIAL_CATEGORY.ID).fetchOne(SPECIAL_CATEGORY.ID);
        tx.update(SPECIAL_CATEGORY).set(SPECIAL_CATEGORY.MAC,
                rowMac.of("special_category", id, customerId, field.name(), value, condition.name(), t, by))
                .where(SPECIAL_CATEGORY.ID.eq(id)).execute();
    }

    private static void check(byte[] stored, byte[] expected, String table, long id) {
        if (stored == null || !org.custodian.core.crypto.Crypto.sameBytes(stored, expected)) {
            throw new IntegrityException(table, id);
        }
    }
}
