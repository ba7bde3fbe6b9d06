package org.custodian.core.rights;

import static org.custodian.core.store.schema.Tables.RIGHTS_REQUEST;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.RightsRequestRecord;
import org.jooq.DSLContext;

/** Rights request rows, each with a MAC over every column (the id included), rewritten on every change. */
public final class RightsRepository {

    private static final String TABLE = "rights_request";
    private final RowMac rowMac;

    public RightsRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    public RightsRequest insert(DSLContext tx, RightsRequest draft) {
        Instant loggedAt = micros(draft.loggedAt());
        long id = tx.insertInto(RIGHTS_REQUEST).set(RIGHTS_REQUEST.CUSTOMER_ID, draft.customerId())
                .set(RIGHTS_REQUEST.KIND, draft.kind().name()).set(RIGHTS_REQUEST.RECEIVED_ON, draft.receivedOn())
                .set(RIGHTS_REQUEST.IDENTITY_STATUS, draft.identity().name())
                .set(RIGHTS_REQUEST.IDENTITY_VERIFIED_ON, draft.identityVerifiedOn()).set(RIGHTS_REQUEST.DUE_ON, draft.dueOn())
                .set(RIGHTS_REQUEST.EXTENSION_MONTHS, draft.extensionMonths())
                .set(RIGHTS_REQUEST.LOGGED_AT, utc(loggedAt)).set(RIGHTS_REQUEST.LOGGED_BY, draft.loggedBy())
                .set(RIGHTS_REQUEST.MAC, new byte[32]).returning(RIGHTS_REQUEST.ID).fetchOne(RIGHTS_REQUEST.ID);
        RightsRequest saved = new RightsRequest(id, draft.customerId(), draft.kind(), draft.receivedOn(), draft.identity(),
                draft.identityVerifiedOn(), draft.dueOn(), draft.extensionMonths(), null, null, null, null, loggedAt,
                draft.loggedBy());
        tx.update(RIGHTS_REQUEST).set(RIGHTS_REQUEST.MAC, mac(saved)).where(RIGHTS_REQUEST.ID.eq(id)).execute();
        return saved;
    }

    /** Writes the columns that change over a case's life, with the row's new MAC. */
    public RightsRequest update(DSLContext tx, RightsRequest request) {
        RightsRequest r = new RightsRequest(request.id(), request.customerId(), request.kind(), request.receivedOn(),
                request.identity(), request.identityVerifiedOn(), request.dueOn(), request.extensionMonths(),
                request.extensionToldOn(), request.closure(), micros(request.closedAt()), request.closedBy(), request.loggedAt(),
                request.loggedBy());
        tx.update(RIGHTS_REQUEST).set(RIGHTS_REQUEST.IDENTITY_STATUS, r.identity().name())
                .set(RIGHTS_REQUEST.IDENTITY_VERIFIED_ON, r.identityVerifiedOn()).set(RIGHTS_REQUEST.DUE_ON, r.dueOn())
                .set(RIGHTS_REQUEST.EXTENSION_MONTHS, r.extensionMonths()).set(RIGHTS_REQUEST.EXTENSION_TOLD_ON, r.extensionToldOn())
                .set(RIGHTS_REQUEST.CLOSURE, r.closure() == null ? null : r.closure().name())
                .set(RIGHTS_REQUEST.CLOSED_AT, utc(r.closedAt())).set(RIGHTS_REQUEST.CLOSED_BY, r.closedBy())
                .set(RIGHTS_REQUEST.MAC, mac(r)).where(RIGHTS_REQUEST.ID.eq(r.id())).execute();
        return r;
    }

    public Optional<RightsRequest> find(DSLContext dsl, long id) {
        return dsl.selectFrom(RIGHTS_REQUEST).where(RIGHTS_REQUEST.ID.eq(id)).fetchOptional().map(this::verified);
    }

    /** Every open case. */
    public List<RightsRequest> open(DSLContext dsl) {
        return dsl.selectFrom(RIGHTS_REQUEST).where(RIGHTS_REQUEST.CLOSED_AT.isNull()).fetch(this::verified);
    }

    /** A customer's cases, newest first. */
    public List<RightsRequest> forCustomer(DSLContext dsl, long customerId) {
        return dsl.selectFrom(RIGHTS_REQUEST).where(RIGHTS_REQUEST.CUSTOMER_ID.eq(customerId))
                .orderBy(RIGHTS_REQUEST.RECEIVED_ON.desc(), RIGHTS_REQUEST.ID.desc()).fetch(this::verified);
    }

    private RightsRequest verified(RightsRequestRecord r) {
        RightsRequest request;
        try {
            request = new RightsRequest(r.getId(), r.getCustomerId(), RightKind.valueOf(r.getKind()), r.getReceivedOn(),
                    IdentityStatus.valueOf(r.getIdentityStatus()), r.getIdentityVerifiedOn(), r.getDueOn(), r.getExtensionMonths(),
                    r.getExtensionToldOn(), r.getClosure() == null ? null : RightsRequest.Closure.valueOf(r.getClosure()),
                    instant(r.getClosedAt()), r.getClosedBy(), r.getLoggedAt().toInstant(), r.getLoggedBy());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IntegrityException(TABLE, r.getId() == null ? -1 : r.getId());
        }
        if (!rowMac.matches(r.getMac(), TABLE, macFields(request))) {
            throw new IntegrityException(TABLE, request.id());
        }
        return request;
    }

    private byte[] mac(RightsRequest r) {
        return rowMac.of(TABLE, macFields(r));
    }

    private static Object[] macFields(RightsRequest r) {
        return new Object[] {r.id(), r.customerId(), r.kind().name(), r.receivedOn(), r.identity().name(), r.identityVerifiedOn(),
                r.dueOn(), r.extensionMonths(), r.extensionToldOn(), r.closure() == null ? null : r.closure().name(), r.closedAt(),
                r.closedBy(), r.loggedAt(), r.loggedBy()};
    }

    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
