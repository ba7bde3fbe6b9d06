package org.custodian.core.rights;

import static org.custodian.core.rights.RightsRepository.instant;
import static org.custodian.core.rights.RightsRepository.micros;
import static org.custodian.core.rights.RightsRepository.utc;
import static org.custodian.core.store.schema.Tables.BREACH;
import static org.custodian.core.store.schema.Tables.BREACH_RECORD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.BreachRecord;
import org.jooq.DSLContext;

/** Breach register rows (MAC over every column) and the subject keys each breach touched. */
public final class BreachRepository {

    private static final String TABLE = "breach";
    private final RowMac rowMac;

    public BreachRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    public Breach insert(DSLContext tx, Breach draft) {
        Breach b = new Breach(0, draft.summary(), micros(draft.awareAt()), micros(draft.windowFrom()), micros(draft.windowTo()),
                draft.agentId(), draft.status(), micros(draft.reportedAt()), micros(draft.recordedAt()), draft.recordedBy());
        long id = tx.insertInto(BREACH).set(BREACH.SUMMARY, b.summary()).set(BREACH.AWARE_AT, utc(b.awareAt()))
                .set(BREACH.WINDOW_FROM, utc(b.windowFrom())).set(BREACH.WINDOW_TO, utc(b.windowTo())).set(BREACH.AGENT_ID, b.agentId())
                .set(BREACH.STATUS, b.status().name()).set(BREACH.REPORTED_AT, utc(b.reportedAt()))
                .set(BREACH.RECORDED_AT, utc(b.recordedAt())).set(BREACH.RECORDED_BY, b.recordedBy()).set(BREACH.MAC, new byte[32])
                .returning(BREACH.ID).fetchOne(BREACH.ID);
        Breach saved = new Breach(id, b.summary(), b.awareAt(), b.windowFrom(), b.windowTo(), b.agentId(), b.status(), b.reportedAt(),
                b.recordedAt(), b.recordedBy());
        tx.update(BREACH).set(BREACH.MAC, mac(saved)).where(BREACH.ID.eq(id)).execute();
        return saved;
    }

    public Breach updateStatus(DSLContext tx, Breach breach) {
        Breach b = breach.withStatus(breach.status(), micros(breach.reportedAt()));
        tx.update(BREACH).set(BREACH.STATUS, b.status().name()).set(BREACH.REPORTED_AT, utc(b.reportedAt()))
                .set(BREACH.MAC, mac(b)).where(BREACH.ID.eq(b.id())).execute();
        return b;
    }

    public void addAffected(DSLContext tx, long breachId, Map<String, Integer> accessesBySubject) {
        accessesBySubject.forEach((key, n) -> tx.insertInto(BREACH_RECORD).set(BREACH_RECORD.BREACH_ID, breachId)
                .set(BREACH_RECORD.SUBJECT_KEY, key).set(BREACH_RECORD.ACCESSES, n).execute());
    }

    /** Subject keys a breach touched, most accessed first. */
    public Map<String, Integer> affected(DSLContext dsl, long breachId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(BREACH_RECORD.SUBJECT_KEY, BREACH_RECORD.ACCESSES).from(BREACH_RECORD).where(BREACH_RECORD.BREACH_ID.eq(breachId))
                .orderBy(BREACH_RECORD.ACCESSES.desc(), BREACH_RECORD.SUBJECT_KEY).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public Optional<Breach> find(DSLContext dsl, long id) {
        return dsl.selectFrom(BREACH).where(BREACH.ID.eq(id)).fetchOptional().map(this::verified);
    }

    /** The register, newest awareness first. */
    public List<Breach> all(DSLContext dsl) {
        return dsl.selectFrom(BREACH).orderBy(BREACH.AWARE_AT.desc(), BREACH.ID.desc()).fetch(this::verified);
    }

    private Breach verified(BreachRecord r) {
        Breach b;
        try {
            b = new Breach(r.getId(), r.getSummary(), r.getAwareAt().toInstant(), r.getWindowFrom().toInstant(),
                    r.getWindowTo().toInstant(), r.getAgentId(), BreachStatus.valueOf(r.getStatus()), instant(r.getReportedAt()),
                    r.getRecordedAt().toInstant(), r.getRecordedBy());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IntegrityException(TABLE, r.getId() == null ? -1 : r.getId());
        }
        if (!rowMac.matches(r.getMac(), TABLE, macFields(b))) {
            throw new IntegrityException(TABLE, b.id());
        }
        return b;
    }

    private byte[] mac(Breach b) {
        return rowMac.of(TABLE, macFields(b));
    }

    private static Object[] macFields(Breach b) {
        return new Object[] {b.id(), b.summary(), b.awareAt(), b.windowFrom(), b.windowTo(), b.agentId(), b.status().name(),
                b.reportedAt(), b.recordedAt(), b.recordedBy()};
    }
}
