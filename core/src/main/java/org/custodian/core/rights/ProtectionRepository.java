package org.custodian.core.rights;

import static org.custodian.core.rights.RightsRepository.instant;
import static org.custodian.core.rights.RightsRepository.micros;
import static org.custodian.core.rights.RightsRepository.utc;
import static org.custodian.core.store.schema.Tables.LEGAL_HOLD;
import static org.custodian.core.store.schema.Tables.RIGHTS_FLAG;

import java.time.Instant;
import java.util.List;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.LegalHoldRecord;
import org.custodian.core.store.schema.tables.records.RightsFlagRecord;
import org.jooq.DSLContext;

/** Restriction and objection flags, and legal holds: rows with a MAC over every column, checked on read. */
public final class ProtectionRepository {

    private static final String FLAGS = "rights_flag";
    private static final String HOLDS = "legal_hold";
    private final RowMac rowMac;

    public ProtectionRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    /** A flag on a record; lifted ones keep their history. */
    public record Flag(long id, long customerId, RightsFlag kind, Long requestId, Instant setAt, long setBy, Instant liftedAt,
                       Long liftedBy) {
    }

    /** A legal hold: while it is not released the record cannot be erased. */
    public record Hold(long id, long customerId, String reason, Instant placedAt, long placedBy, Instant releasedAt,
                       Long releasedBy) {
    }

    public Flag setFlag(DSLContext tx, long customerId, RightsFlag kind, Long requestId, Instant at, long by) {
        Instant t = micros(at);
        long id = tx.insertInto(RIGHTS_FLAG).set(RIGHTS_FLAG.CUSTOMER_ID, customerId).set(RIGHTS_FLAG.KIND, kind.name())
                .set(RIGHTS_FLAG.REQUEST_ID, requestId).set(RIGHTS_FLAG.SET_AT, utc(t)).set(RIGHTS_FLAG.SET_BY, by)
                .set(RIGHTS_FLAG.MAC, new byte[32]).returning(RIGHTS_FLAG.ID).fetchOne(RIGHTS_FLAG.ID);
        Flag flag = new Flag(id, customerId, kind, requestId, t, by, null, null);
        tx.update(RIGHTS_FLAG).set(RIGHTS_FLAG.MAC, mac(flag)).where(RIGHTS_FLAG.ID.eq(id)).execute();
        return flag;
    }

    public void liftFlag(DSLContext tx, Flag flag, Instant at, long by) {
        Flag lifted = new Flag(flag.id(), flag.customerId(), flag.kind(), flag.requestId(), flag.setAt(), flag.setBy(), micros(at), by);
        tx.update(RIGHTS_FLAG).set(RIGHTS_FLAG.LIFTED_AT, utc(lifted.liftedAt())).set(RIGHTS_FLAG.LIFTED_BY, by)
                .set(RIGHTS_FLAG.MAC, mac(lifted)).where(RIGHTS_FLAG.ID.eq(flag.id())).execute();
    }

    /** The flags in force on a record. */
    public List<Flag> activeFlags(DSLContext dsl, long customerId) {
        return dsl.selectFrom(RIGHTS_FLAG).where(RIGHTS_FLAG.CUSTOMER_ID.eq(customerId)).and(RIGHTS_FLAG.LIFTED_AT.isNull())
                .orderBy(RIGHTS_FLAG.ID).fetch(this::verified);
    }

    public Hold placeHold(DSLContext tx, long customerId, String reason, Instant at, long by) {
        Instant t = micros(at);
        long id = tx.insertInto(LEGAL_HOLD).set(LEGAL_HOLD.CUSTOMER_ID, customerId).set(LEGAL_HOLD.REASON, reason)
                .set(LEGAL_HOLD.PLACED_AT, utc(t)).set(LEGAL_HOLD.PLACED_BY, by).set(LEGAL_HOLD.MAC, new byte[32])
                .returning(LEGAL_HOLD.ID).fetchOne(LEGAL_HOLD.ID);
        Hold hold = new Hold(id, customerId, reason, t, by, null, null);
        tx.update(LEGAL_HOLD).set(LEGAL_HOLD.MAC, mac(hold)).where(LEGAL_HOLD.ID.eq(id)).execute();
        return hold;
    }

    public void releaseHold(DSLContext tx, Hold hold, Instant at, long by) {
        Hold released = new Hold(hold.id(), hold.customerId(), hold.reason(), hold.placedAt(), hold.placedBy(), micros(at), by);
        tx.update(LEGAL_HOLD).set(LEGAL_HOLD.RELEASED_AT, utc(released.releasedAt())).set(LEGAL_HOLD.RELEASED_BY, by)
                .set(LEGAL_HOLD.MAC, mac(released)).where(LEGAL_HOLD.ID.eq(hold.id())).execute();
    }

    /** Holds not yet released on a record. */
    public List<Hold> activeHolds(DSLContext dsl, long customerId) {
        return dsl.selectFrom(LEGAL_HOLD).where(LEGAL_HOLD.CUSTOMER_ID.eq(customerId)).and(LEGAL_HOLD.RELEASED_AT.isNull())
                .orderBy(LEGAL_HOLD.ID).fetch(this::verified);
    }

    /** Erasure deletes the person's flags; the events keep that they existed. */
    public void deleteFlags(DSLContext tx, long customerId) {
        tx.deleteFrom(RIGHTS_FLAG).where(RIGHTS_FLAG.CUSTOMER_ID.eq(customerId)).execute();
    }

    private Flag verified(RightsFlagRecord r) {
        Flag flag;
        try {
            flag = new Flag(r.getId(), r.getCustomerId(), RightsFlag.valueOf(r.getKind()), r.getRequestId(), r.getSetAt().toInstant(),
                    r.getSetBy(), instant(r.getLiftedAt()), r.getLiftedBy());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IntegrityException(FLAGS, r.getId() == null ? -1 : r.getId());
        }
        if (!rowMac.matches(r.getMac(), FLAGS, macFields(flag))) {
            throw new IntegrityException(FLAGS, flag.id());
        }
        return flag;
    }

    private Hold verified(LegalHoldRecord r) {
        if (r.getId() == null || r.getPlacedAt() == null) {
            throw new IntegrityException(HOLDS, r.getId() == null ? -1 : r.getId());
        }
        Hold hold = new Hold(r.getId(), r.getCustomerId(), r.getReason(), r.getPlacedAt().toInstant(), r.getPlacedBy(),
                instant(r.getReleasedAt()), r.getReleasedBy());
        if (!rowMac.matches(r.getMac(), HOLDS, macFields(hold))) {
            throw new IntegrityException(HOLDS, hold.id());
        }
        return hold;
    }

    private byte[] mac(Flag f) {
        return rowMac.of(FLAGS, macFields(f));
    }

    private byte[] mac(Hold h) {
        return rowMac.of(HOLDS, macFields(h));
    }

    private static Object[] macFields(Flag f) {
        return new Object[] {f.id(), f.customerId(), f.kind().name(), f.requestId(), f.setAt(), f.setBy(), f.liftedAt(), f.liftedBy()};
    }

    private static Object[] macFields(Hold h) {
        return new Object[] {h.id(), h.customerId(), h.reason(), h.placedAt(), h.placedBy(), h.releasedAt(), h.releasedBy()};
    }
}
