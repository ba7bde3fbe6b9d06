package org.custodian.core.handover;

import static org.custodian.core.store.schema.Tables.HANDOVER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.HandoverRecord;
import org.jooq.DSLContext;

/**
 * Handover rows. The note is free text about a person, so every row carries a MAC over every column, the id
 * included, checked on each read and rewritten when the handover is opened or acknowledged.
 */
public final class HandoverRepository {

    private static final String TABLE = "handover";
    private final RowMac rowMac;

    public HandoverRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    public Handover insert(DSLContext tx, HandoverNote note, long sentBy, Instant at) {
        Instant sentAt = micros(at);
        Long toUser = note.to() instanceof Receiver.Colleague c ? c.userId() : null;
        String toDepartment = note.to() instanceof Receiver.Queue q ? q.code() : null;
        String promised = note.promised() == null || note.promised().isBlank() ? null : note.promised().strip();
        Instant due = micros(note.dueAt());
        long id = tx.insertInto(HANDOVER).set(HANDOVER.CUSTOMER_ID, note.customerId()).set(HANDOVER.PURPOSE_CODE, note.purposeCode())
                .set(HANDOVER.SENT_BY, sentBy).set(HANDOVER.SENT_AT, utc(sentAt)).set(HANDOVER.TO_USER, toUser)
                .set(HANDOVER.TO_DEPARTMENT, toDepartment).set(HANDOVER.CUSTOMER_NEED, note.need().strip())
                .set(HANDOVER.WORK_DONE, note.done().strip()).set(HANDOVER.PROMISED, promised)
                .set(HANDOVER.URGENCY, note.urgency().name()).set(HANDOVER.DUE_AT, utc(due)).set(HANDOVER.MAC, new byte[32])
                .returning(HANDOVER.ID).fetchOne(HANDOVER.ID);
        Handover saved = new Handover(id, note.customerId(), note.purposeCode(), sentBy, sentAt, toUser, toDepartment,
                note.need().strip(), note.done().strip(), promised, note.urgency(), due, null, null, null, null);
        tx.update(HANDOVER).set(HANDOVER.MAC, mac(saved)).where(HANDOVER.ID.eq(id)).execute();
        return saved;
    }

    /** Writes who opened and who acknowledged it (the only columns that change), with the row's new MAC. */
    public Handover updateProgress(DSLContext tx, Handover handover) {
        Handover h = new Handover(handover.id(), handover.customerId(), handover.purposeCode(), handover.sentBy(), handover.sentAt(),
                handover.toUser(), handover.toDepartment(), handover.need(), handover.done(), handover.promised(), handover.urgency(),
                handover.dueAt(), micros(handover.openedAt()), handover.openedBy(), micros(handover.acknowledgedAt()),
                handover.acknowledgedBy());
        tx.update(HANDOVER).set(HANDOVER.OPENED_AT, utc(h.openedAt())).set(HANDOVER.OPENED_BY, h.openedBy())
                .set(HANDOVER.ACKNOWLEDGED_AT, utc(h.acknowledgedAt())).set(HANDOVER.ACKNOWLEDGED_BY, h.acknowledgedBy())
                .set(HANDOVER.MAC, mac(h)).where(HANDOVER.ID.eq(h.id())).execute();
        return h;
    }

    public Optional<Handover> find(DSLContext dsl, long id) {
        return dsl.selectFrom(HANDOVER).where(HANDOVER.ID.eq(id)).fetchOptional().map(this::verified);
    }

    /** A customer's handovers, newest first. */
    public List<Handover> forCustomer(DSLContext dsl, long customerId) {
        return dsl.selectFrom(HANDOVER).where(HANDOVER.CUSTOMER_ID.eq(customerId))
                .orderBy(HANDOVER.SENT_AT.desc(), HANDOVER.ID.desc()).fetch(this::verified);
    }

    /** Not yet acknowledged, sent to this person by name or to any department, and not sent by them. */
    public List<Handover> openFor(DSLContext dsl, long userId) {
        return dsl.selectFrom(HANDOVER).where(HANDOVER.ACKNOWLEDGED_AT.isNull())
                .and(HANDOVER.TO_USER.eq(userId).or(HANDOVER.TO_DEPARTMENT.isNotNull()))
                .and(HANDOVER.SENT_BY.ne(userId)).fetch(this::verified);
    }

    /** What this person sent, newest first, at most {@code limit}. */
    public List<Handover> sentBy(DSLContext dsl, long userId, int limit) {
        return dsl.selectFrom(HANDOVER).where(HANDOVER.SENT_BY.eq(userId)).orderBy(HANDOVER.SENT_AT.desc(), HANDOVER.ID.desc())
                .limit(limit).fetch(this::verified);
    }

    private Handover verified(HandoverRecord r) {
        Urgency urgency;
        try {
            urgency = Urgency.valueOf(r.getUrgency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IntegrityException(TABLE, r.getId());
        }
        if (r.getSentAt() == null || r.getDueAt() == null) {
            throw new IntegrityException(TABLE, r.getId());
        }
        Handover h = new Handover(r.getId(), r.getCustomerId(), r.getPurposeCode(), r.getSentBy(), r.getSentAt().toInstant(),
                r.getToUser(), r.getToDepartment(), r.getCustomerNeed(), r.getWorkDone(), r.getPromised(), urgency,
                r.getDueAt().toInstant(), instant(r.getOpenedAt()), r.getOpenedBy(), instant(r.getAcknowledgedAt()),
                r.getAcknowledgedBy());
        if (!rowMac.matches(r.getMac(), TABLE, macFields(h))) {
            throw new IntegrityException(TABLE, h.id());
        }
        return h;
    }

    private byte[] mac(Handover h) {
        return rowMac.of(TABLE, macFields(h));
    }

    private static Object[] macFields(Handover h) {
        return new Object[] {h.id(), h.customerId(), h.purposeCode(), h.sentBy(), h.sentAt(), h.toUser(), h.toDepartment(),
                h.need(), h.done(), h.promised(), h.urgency().name(), h.dueAt(), h.openedAt(), h.openedBy(), h.acknowledgedAt(),
                h.acknowledgedBy()};
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
