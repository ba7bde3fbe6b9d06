package org.custodian.core.retention;

import static org.custodian.core.store.schema.Tables.CONSENT;
import static org.custodian.core.store.schema.Tables.INTAKE_DRAFT;
import static org.custodian.core.store.schema.Tables.INTERACTION;
import static org.custodian.core.store.schema.Tables.SUPPLY_CALL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.store.schema.tables.Consent;
import org.custodian.core.supply.SupplyRepository;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Which rows of each category are past their cutoff, and their removal. The dry run and the sweep both count and
 * pick rows through {@link #due}, so what the one lists is exactly what the other removes. Links that other
 * kept records hold to a removed row (a consent answer's call, a disclosure's identity check) are cleared through
 * those records' own repositories, which check and re-compute their MACs; those records have rules of their own.
 */
final class DisposalRepository {

    private final CustomerRecords records;
    private final SupplyRepository supply;

    DisposalRepository(CustomerRecords records, SupplyRepository supply) {
        this.records = records;
        this.supply = supply;
    }

    long count(DSLContext dsl, DataCategory category, Instant cutoff) {
        return dsl.fetchCount(table(category), due(category, cutoff));
    }

    /** Up to {@code limit} ids of rows due for disposal, oldest id first. */
    List<Long> next(DSLContext dsl, DataCategory category, Instant cutoff, int limit) {
        Field<Long> id = id(category);
        return dsl.select(id).from(table(category)).where(due(category, cutoff)).orderBy(id).limit(limit).fetch(id);
    }

    /** Removes these rows (picked by {@link #next} in the same transaction); returns how many went. */
    int dispose(DSLContext tx, DataCategory category, List<Long> ids) {
        if (category == DataCategory.INTERACTIONS) {
            records.detachConsentsFrom(tx, ids);
        } else if (category == DataCategory.IDENTITY_EVIDENCE) {
            supply.detachFromCalls(tx, ids);
        }
        return tx.deleteFrom(table(category)).where(id(category).in(ids)).execute();
    }

    private static Table<?> table(DataCategory category) {
        return switch (category) {
            case INTERACTIONS -> INTERACTION;
            case MARKETING_CONSENT -> CONSENT;
            case IDENTITY_EVIDENCE -> SUPPLY_CALL;
            case DRAFTS -> INTAKE_DRAFT;
        };
    }

    private static Field<Long> id(DataCategory category) {
        return switch (category) {
            case INTERACTIONS -> INTERACTION.ID;
            case MARKETING_CONSENT -> CONSENT.ID;
            case IDENTITY_EVIDENCE -> SUPPLY_CALL.ID;
            case DRAFTS -> INTAKE_DRAFT.ID;
        };
    }

    static Condition due(DataCategory category, Instant cutoff) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        return switch (category) {
            case INTERACTIONS -> INTERACTION.SAVED_AT.lt(before);
            case MARKETING_CONSENT -> lastContactBefore(before);
            case IDENTITY_EVIDENCE -> SUPPLY_CALL.STARTED_AT.lt(before);
            case DRAFTS -> INTAKE_DRAFT.CREATED_AT.lt(before);
        };
    }

    /**
     * A consent answer whose customer has had no contact since the cutoff: neither a call saved nor another
     * consent answer recorded. (The consent table holds only answers under consent-based purposes; in the shipped
     * catalogue that is marketing.)
     */
    private static Condition lastContactBefore(OffsetDateTime before) {
        Consent later = CONSENT.as("later");
        return CONSENT.RECORDED_AT.lt(before)
                .andNotExists(DSL.selectOne().from(INTERACTION)
                        .where(INTERACTION.CUSTOMER_ID.eq(CONSENT.CUSTOMER_ID)).and(INTERACTION.SAVED_AT.ge(before)))
                .andNotExists(DSL.selectOne().from(later)
                        .where(later.CUSTOMER_ID.eq(CONSENT.CUSTOMER_ID)).and(later.RECORDED_AT.ge(before)));
    }
}
