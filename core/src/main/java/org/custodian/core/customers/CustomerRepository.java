package org.custodian.core.customers;

import static org.custodian.core.store.schema.Tables.CUSTOMER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.CustomerRecord;
import org.jooq.DSLContext;

/** Customer rows, each with a MAC checked on every read: a changed byte is reported, never shown. */
public final class CustomerRepository {

    private static final String TABLE = "customer";
    private final RowMac rowMac;

    public CustomerRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    public Customer insert(DSLContext tx, String reference, String fullName, Instant createdAt, long createdBy) {
        Instant created = createdAt.truncatedTo(ChronoUnit.MICROS);
        long id = tx.insertInto(CUSTOMER)
                .set(CUSTOMER.REFERENCE, reference)
                .set(CUSTOMER.FULL_NAME, fullName)
                .set(CUSTOMER.CREATED_AT, OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
                .set(CUSTOMER.CREATED_BY, createdBy)
                .set(CUSTOMER.MAC, new byte[32])
                .returning(CUSTOMER.ID)
                .fetchOne(CUSTOMER.ID);
        Customer customer = new Customer(id, reference, fullName, created, createdBy);
        tx.update(CUSTOMER).set(CUSTOMER.MAC, rowMac.of(TABLE, macFields(customer))).where(CUSTOMER.ID.eq(id)).execute();
        return customer;
    }

    public Optional<Customer> findByReference(DSLContext dsl, String reference) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.REFERENCE.eq(reference)).fetchOptional().map(this::verified);
    }

    public boolean referenceTaken(DSLContext dsl, String reference) {
        return dsl.fetchExists(CUSTOMER, CUSTOMER.REFERENCE.eq(reference));
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(CUSTOMER);
    }

    private Customer verified(CustomerRecord row) {
        Customer customer = new Customer(row.getId(), row.getReference(), row.getFullName(),
                row.getCreatedAt().toInstant(), row.getCreatedBy());
        if (!rowMac.matches(row.getMac(), TABLE, macFields(customer))) {
            throw new IntegrityException(TABLE, row.getId());
        }
        return customer;
    }

    private static Object[] macFields(Customer c) {
        return new Object[] {c.id(), c.reference(), c.fullName(), c.createdAt(), c.createdBy()};
    }
}
