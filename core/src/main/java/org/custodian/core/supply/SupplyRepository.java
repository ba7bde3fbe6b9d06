package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import static org.custodian.core.store.schema.Tables.DISCLOSURE;
import static org.custodian.core.store.schema.Tables.RECORD_FLAG;
import static org.custodian.core.store.schema.Tables.SECURITY_QUESTION;
import static org.custodian.core.store.schema.Tables.SUPPLY_CALL;
import static org.custodian.core.store.schema.Tables.THIRD_PARTY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.store.schema.tables.records.DisclosureRecord;
import org.custodian.core.store.schema.tables.records.SupplyCallRecord;
import org.custodian.core.store.schema.tables.records.ThirdPartyRecord;
import org.custodian.core.store.RowMac;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Calls' identity state, security answers (as keyed hashes), record flags, third parties and the disclosure
 * register. Every row carries a MAC over all its columns, checked on read.
 */
public final class SupplyRepository {

    public static final String FAILED_CHECKS_FLAG = "FAILED_IDENTITY_CHECKS";
    private final RowMac rowMac;

    public SupplyRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static <E extends Enum<E>> String codes(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(Class<E> type, String codes) {
        Set<E> out = EnumSet.noneOf(type);
        if (codes != null && !codes.isEmpty()) {
            Arrays.stream(codes.split(",")).map(c -> Enum.valueOf(type, c)).forEach(out::add);
        }
        return out;
    }

    private void check(byte[] stored, byte[] expected, String table, long id) {
        if (stored == null || !org.custodian.core.crypto.Crypto.sameBytes(stored, expected)) {
            throw new IntegrityException(table, id);
        }
    }

    // ---- calls

    public CallState startCall(DSLContext tx, long customerId, long agentId, String purposeCode, Instant at) {
        Instant t = micros(at);
        long id = tx.insertInto(SUPPLY_CALL).set(SUPPLY_CALL.CUSTOMER_ID, customerId).set(SUPPLY_CALL.AGENT_ID, agentId)
                .set(SUPPLY_CALL.PURPOSE_CODE, purposeCode).set(SUPPLY_CALL.STARTED_AT, utc(t)).set(SUPPLY_CALL.FAILED_CHECKS, 0)
                .set(SUPPLY_CALL.MAC, new byte[32]).returning(SUPPLY_CALL.ID).fetchOne(SUPPLY_CALL.ID);
        CallState call = new CallState(id, customerId, agentId, purposeCode, t, 0, null, Set.of());
        save(tx, call);
        return call;
    }

    public Optional<CallState> call(DSLContext dsl, long id) {
        return dsl.selectFrom(SUPPLY_CALL).where(SUPPLY_CALL.ID.eq(id)).fetchOptional().map(this::call);
    }

    private CallState call(SupplyCallRecord r) {
        CallState c = new CallState(r.getId(), r.getCustomerId(), r.getAgentId(), r.getPurposeCode(), instant(r.getStartedAt()),
                r.getFailedChecks(), instant(r.getVerifiedAt()), parse(VerificationItem.class, r.getVerifiedItems()));
        check(r.getMac(), mac(c), "supply_call", c.id());
        return c;
    }

    /** Writes a call's new identity state. */
    public CallState save(DSLContext tx, CallState call) {
        CallState c = new CallState(call.id(), call.customerId(), call.agentId(), call.purposeCode(), call.startedAt(),
                call.failedChecks(), micros(call.verifiedAt()), call.verifiedItems());
        tx.update(SUPPLY_CALL).set(SUPPLY_CALL.FAILED_CHECKS, c.failedChecks()).set(SUPPLY_CALL.VERIFIED_AT, utc(c.verifiedAt()))
                .set(SUPPLY_CALL.VERIFIED_ITEMS, c.verifiedAt() == null ? null : codes(c.verifiedItems()))
                .set(SUPPLY_CALL.MAC, mac(c)).where(SUPPLY_CALL.ID.eq(c.id())).execute();
        return c;
    }

    private byte[] mac(CallState c) {
        return rowMac.of("supply_call", c.id(), c.customerId(), c.agentId(), c.purposeCode(), c.startedAt(), c.failedChecks(),
                c.verifiedAt(), c.verifiedAt() == null ? null : codes(c.verifiedItems()));
    }

    // ---- security question

    /** The keyed hash a normalised security answer is kept and compared as; tied to the customer. */
    public String answerHash(long customerId, String normalisedAnswer) {
        return java.util.HexFormat.of().formatHex(rowMac.of("security_answer", customerId, normalisedAnswer));
    }

    public void setSecurityQuestion(DSLContext tx, long customerId, String question, String answerHash, Instant at, long by) {
        Instant t = micros(at);
        byte[] hash = java.util.HexFormat.of().parseHex(answerHash);
        tx.deleteFrom(SECURITY_QUESTION).where(SECURITY_QUESTION.CUSTOMER_ID.eq(customerId)).execute();
        tx.insertInto(SECURITY_QUESTION).set(SECURITY_QUESTION.CUSTOMER_ID, customerId).set(SECURITY_QUESTION.QUESTION, question)
                .set(SECURITY_QUESTION.ANSWER_HASH, hash).set(SECURITY_QUESTION.SET_AT, utc(t)).set(SECURITY_QUESTION.SET_BY, by)
                .set(SECURITY_QUESTION.MAC, rowMac.of("security_question", customerId, question, hash, t, by)).execute();
    }

    /** The question to ask and the stored answer hash (hex), if the customer has one. */
    public Optional<SecurityQuestion> securityQuestion(DSLContext dsl, long customerId) {
        return dsl.selectFrom(SECURITY_QUESTION).where(SECURITY_QUESTION.CUSTOMER_ID.eq(customerId)).fetchOptional().map(r -> {
            check(r.getMac(), rowMac.of("security_question", r.getCustomerId(), r.getQuestion(), r.getAnswerHash(),
                    instant(r.getSetAt()), r.getSetBy()), "security_question", r.getCustomerId());
            return new SecurityQuestion(r.getQuestion(), java.util.HexFormat.of().formatHex(r.getAnswerHash()), instant(r.getSetAt()));
        });
    }

    public record SecurityQuestion(String question, String answerHash, Instant setAt) {
    }

    // ---- flags

    public record Flag(long id, long customerId, String kind, Instant raisedAt, long raisedBy, Instant clearedAt, Long clearedBy,
                       String clearNote) {
    }

    public Flag raiseFlag(DSLContext tx, long customerId, String kind, Instant at, long by) {
        Instant t = micros(at);
        long id = tx.insertInto(RECORD_FLAG).set(RECORD_FLAG.CUSTOMER_ID, customerId).set(RECORD_FLAG.KIND, kind)
                .set(RECORD_FLAG.RAISED_AT, utc(t)).set(RECORD_FLAG.RAISED_BY, by).set(RECORD_FLAG.MAC, new byte[32])
                .returning(RECORD_FLAG.ID).fetchOne(RECORD_FLAG.ID);
        Flag flag = new Flag(id, customerId, kind, t, by, null, null, null);
        tx.update(RECORD_FLAG).set(RECORD_FLAG.MAC, mac(flag)).where(RECORD_FLAG.ID.eq(id)).execute();
        return flag;
    }

    public List<Flag> openFlags(DSLContext dsl, long customerId) {
        return dsl.selectFrom(RECORD_FLAG).where(RECORD_FLAG.CUSTOMER_ID.eq(customerId)).and(RECORD_FLAG.CLEARED_AT.isNull())
                .orderBy(RECORD_FLAG.ID).fetch(r -> {
                    Flag f = new Flag(r.getId(), r.getCustomerId(), r.getKind(), instant(r.getRaisedAt()), r.getRaisedBy(),
                            instant(r.getClearedAt()), r.getClearedBy(), r.getClearNote());
                    check(r.getMac(), mac(f), "record_flag", f.id());
                    return f;
                });
    }

    public void clearFlag(DSLContext tx, Flag flag, Instant at, long by, String note) {
        Flag cleared = new Flag(flag.id(), flag.customerId(), flag.kind(), flag.raisedAt(), flag.raisedBy(), micros(at), by, note);
        tx.update(RECORD_FLAG).set(RECORD_FLAG.CLEARED_AT, utc(cleared.clearedAt())).set(RECORD_FLAG.CLEARED_BY, by)
                .set(RECORD_FLAG.CLEAR_NOTE, note).set(RECORD_FLAG.MAC, mac(cleared)).where(RECORD_FLAG.ID.eq(flag.id())).execute();
    }

    private byte[] mac(Flag f) {
        return rowMac.of("record_flag", f.id(), f.customerId(), f.kind(), f.raisedAt(), f.raisedBy(), f.clearedAt(), f.clearedBy(),
                f.clearNote());
    }

    // ---- third parties

    public ThirdParty addThirdParty(DSLContext tx, ThirdParty draft) {
        Instant t = micros(draft.recordedAt());
        long id = tx.insertInto(THIRD_PARTY).set(THIRD_PARTY.CUSTOMER_ID, draft.customerId()).set(THIRD_PARTY.FULL_NAME, draft.fullName())
                .set(THIRD_PARTY.AUTHORITY, draft.authority().name()).set(THIRD_PARTY.EVIDENCE, draft.evidence().name())
                .set(THIRD_PARTY.EVIDENCE_NOTE, draft.evidenceNote()).set(THIRD_PARTY.SCOPE, codes(draft.scope()))
                .set(THIRD_PARTY.EXPIRES_ON, draft.expiresOn()).set(THIRD_PARTY.RECORDED_AT, utc(t))
                .set(THIRD_PARTY.RECORDED_BY, draft.recordedBy()).set(THIRD_PARTY.MAC, new byte[32])
                .returning(THIRD_PARTY.ID).fetchOne(THIRD_PARTY.ID);
        ThirdParty saved = new ThirdParty(id, draft.customerId(), draft.fullName(), draft.authority(), draft.evidence(),
                draft.evidenceNote(), draft.scope(), draft.expiresOn(), t, draft.recordedBy(), null, null);
        tx.update(THIRD_PARTY).set(THIRD_PARTY.MAC, mac(saved)).where(THIRD_PARTY.ID.eq(id)).execute();
        return saved;
    }

    public List<ThirdParty> thirdParties(DSLContext dsl, long customerId) {
        return dsl.selectFrom(THIRD_PARTY).where(THIRD_PARTY.CUSTOMER_ID.eq(customerId)).orderBy(THIRD_PARTY.ID).fetch(this::thirdParty);
    }

    private ThirdParty thirdParty(ThirdPartyRecord r) {
        ThirdParty p = new ThirdParty(r.getId(), r.getCustomerId(), r.getFullName(), AuthorityType.valueOf(r.getAuthority()),
                EvidenceType.valueOf(r.getEvidence()), r.getEvidenceNote(), parse(DisclosureItem.class, r.getScope()),
                r.getExpiresOn(), instant(r.getRecordedAt()), r.getRecordedBy(), instant(r.getRevokedAt()), r.getRevokedBy());
        check(r.getMac(), mac(p), "third_party", p.id());
        return p;
    }

    public void withdraw(DSLContext tx, ThirdParty party, Instant at, long by) {
        ThirdParty done = new ThirdParty(party.id(), party.customerId(), party.fullName(), party.authority(), party.evidence(),
                party.evidenceNote(), party.scope(), party.expiresOn(), party.recordedAt(), party.recordedBy(), micros(at), by);
        tx.update(THIRD_PARTY).set(THIRD_PARTY.REVOKED_AT, utc(done.revokedAt())).set(THIRD_PARTY.REVOKED_BY, by)
                .set(THIRD_PARTY.MAC, mac(done)).where(THIRD_PARTY.ID.eq(party.id())).execute();
    }

    private byte[] mac(ThirdParty p) {
        LocalDate expires = p.expiresOn();
        return rowMac.of("third_party", p.id(), p.customerId(), p.fullName(), p.authority(), p.evidence(), p.evidenceNote(),
                codes(p.scope()), expires, p.recordedAt(), p.recordedBy(), p.revokedAt(), p.revokedBy());
    }

    // ---- disclosures

    public DisclosureEntry addDisclosure(DSLContext tx, DisclosureEntry draft) {
        Instant t = micros(draft.disclosedAt());
        long id = tx.insertInto(DISCLOSURE).set(DISCLOSURE.CUSTOMER_ID, draft.customerId()).set(DISCLOSURE.CALL_ID, draft.callId())
                .set(DISCLOSURE.RECIPIENT_KIND, draft.recipientKind().name()).set(DISCLOSURE.RECIPIENT_NAME, draft.recipientName())
                .set(DISCLOSURE.RELATION, draft.relation()).set(DISCLOSURE.THIRD_PARTY_ID, draft.thirdPartyId())
                .set(DISCLOSURE.ITEMS, codes(draft.items())).set(DISCLOSURE.LAWFUL_BASIS, draft.basis().name())
                .set(DISCLOSURE.BASIS_NOTE, draft.basisNote()).set(DISCLOSURE.PURPOSE_CODE, draft.purposeCode())
                .set(DISCLOSURE.AGENT_ID, draft.agentId()).set(DISCLOSURE.DISCLOSED_AT, utc(t)).set(DISCLOSURE.MAC, new byte[32])
                .returning(DISCLOSURE.ID).fetchOne(DISCLOSURE.ID);
        DisclosureEntry saved = new DisclosureEntry(id, draft.customerId(), draft.callId(), draft.recipientKind(), draft.recipientName(),
                draft.relation(), draft.thirdPartyId(), draft.items(), draft.basis(), draft.basisNote(), draft.purposeCode(),
                draft.agentId(), t);
        tx.update(DISCLOSURE).set(DISCLOSURE.MAC, mac(saved)).where(DISCLOSURE.ID.eq(id)).execute();
        return saved;
    }

    public List<DisclosureEntry> disclosures(DSLContext dsl, long customerId) {
        return disclosures(dsl, DISCLOSURE.CUSTOMER_ID.eq(customerId), Integer.MAX_VALUE);
    }

    /** Register lines matching a condition, newest first. */
    public List<DisclosureEntry> disclosures(DSLContext dsl, Condition where, int limit) {
        return dsl.selectFrom(DISCLOSURE).where(where).orderBy(DISCLOSURE.DISCLOSED_AT.desc(), DISCLOSURE.ID.desc()).limit(limit)
                .fetch(this::disclosure);
    }

    /**
     * Unlinks disclosures from identity-check calls about to be disposed of (retention): each keeps its register
     * line, its MAC re-computed over the now empty link, after its current MAC has been checked.
     */
    public void detachFromCalls(DSLContext tx, List<Long> callIds) {
        for (DisclosureEntry d : disclosures(tx, DISCLOSURE.CALL_ID.in(callIds), Integer.MAX_VALUE)) {
            DisclosureEntry detached = new DisclosureEntry(d.id(), d.customerId(), null, d.recipientKind(), d.recipientName(),
                    d.relation(), d.thirdPartyId(), d.items(), d.basis(), d.basisNote(), d.purposeCode(), d.agentId(), d.disclosedAt());
            tx.update(DISCLOSURE).setNull(DISCLOSURE.CALL_ID).set(DISCLOSURE.MAC, mac(detached))
                    .where(DISCLOSURE.ID.eq(d.id())).execute();
        }
    }

    private DisclosureEntry disclosure(DisclosureRecord r) {
        DisclosureEntry d = new DisclosureEntry(r.getId(), r.getCustomerId(), r.getCallId(),
                DisclosureEntry.RecipientKind.valueOf(r.getRecipientKind()), r.getRecipientName(), r.getRelation(), r.getThirdPartyId(),
                parse(DisclosureItem.class, r.getItems()), LawfulBasis.valueOf(r.getLawfulBasis()), r.getBasisNote(), r.getPurposeCode(),
                r.getAgentId(), instant(r.getDisclosedAt()));
        check(r.getMac(), mac(d), "disclosure", d.id());
        return d;
    }

    private byte[] mac(DisclosureEntry d) {
        return rowMac.of("disclosure", d.id(), d.customerId(), d.callId(), d.recipientKind(), d.recipientName(), d.relation(),
                d.thirdPartyId(), codes(d.items()), d.basis(), d.basisNote(), d.purposeCode(), d.agentId(), d.disclosedAt());
    }
}
