package org.custodian.core.customers;

import static org.custodian.core.store.schema.Tables.CUSTOMER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.names.NameIndex;
import org.custodian.core.store.IdBlocks;
import org.custodian.core.store.PlainBytes;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.CustomerRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Customer rows, each with a MAC checked on every read: a changed byte is reported, never shown.
 *
 * <p>MAC layout 1 (rows from before V2) covers id, reference, name, creation; layout 2 adds date of birth,
 * postcode and address. Every write uses layout 2.
 */
public final class CustomerRepository {

    private static final String TABLE = "customer";
    private static final short LAYOUT = 2;
    private final RowMac rowMac;
    private final NameIndex names = new NameIndex();

    public CustomerRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    /** The compact search key for a stored postcode ("SW1A 1AA" is "SW1A1AA"). */
    public static String postcodeKey(String postcode) {
        return postcode == null ? null : postcode.replace(" ", "");
    }

    public Customer insert(DSLContext tx, String reference, String fullName, Instant createdAt, long createdBy) {
        return insert(tx, reference, fullName, null, null, null, createdAt, createdBy);
    }

    public Customer insert(DSLContext tx, String reference, String fullName, LocalDate dateOfBirth, String postcode,
                           String address, Instant createdAt, long createdBy) {
        Instant created = createdAt.truncatedTo(ChronoUnit.MICROS);
        long id = tx.insertInto(CUSTOMER)
                .set(CUSTOMER.REFERENCE, reference)
                .set(CUSTOMER.FULL_NAME, fullName)
                .set(CUSTOMER.DATE_OF_BIRTH, dateOfBirth)
                .set(CUSTOMER.POSTCODE, postcode)
                .set(CUSTOMER.POSTCODE_KEY, postcodeKey(postcode))
                .set(CUSTOMER.ADDRESS, address)
                .set(CUSTOMER.CREATED_AT, OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
                .set(CUSTOMER.CREATED_BY, createdBy)
                .set(CUSTOMER.MAC_LAYOUT, LAYOUT)
                .set(CUSTOMER.MAC, new byte[32])
                .returning(CUSTOMER.ID)
                .fetchOne(CUSTOMER.ID);
        Customer customer = new Customer(id, reference, fullName, dateOfBirth, postcode, address, created, createdBy);
        tx.update(CUSTOMER).set(CUSTOMER.MAC, mac(customer)).where(CUSTOMER.ID.eq(id)).execute();
        names.add(tx, id, fullName);
        return customer;
    }

    /** A customer not yet saved, for {@link #insertAll}. */
    public record NewCustomer(String reference, String fullName, LocalDate dateOfBirth, String postcode, String address) {
    }

    /**
     * Saves many new customers at once (bulk loads). Every row, MAC, search key and name-index entry is exactly
     * what {@link #insert} writes for the same values; the ids are reserved as one block so each MAC is known
     * before its row is written, and rows go to the database in JDBC batches. Ids follow the list's order.
     */
    public List<Customer> insertAll(DSLContext tx, List<NewCustomer> drafts, Instant createdAt, long createdBy) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Instant created = createdAt.truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime at = OffsetDateTime.ofInstant(created, ZoneOffset.UTC);
        long id = IdBlocks.reserve(tx, CUSTOMER, CUSTOMER.ID, drafts.size());
        BatchBindStep batch = tx.batch(tx.insertInto(CUSTOMER, CUSTOMER.ID, CUSTOMER.REFERENCE, CUSTOMER.FULL_NAME,
                CUSTOMER.DATE_OF_BIRTH, CUSTOMER.POSTCODE, CUSTOMER.POSTCODE_KEY, CUSTOMER.ADDRESS, CUSTOMER.CREATED_AT,
                CUSTOMER.CREATED_BY, CUSTOMER.MAC_LAYOUT, CUSTOMER.MAC)
                .values(DSL.val((Long) null), DSL.val((String) null), DSL.val((String) null), DSL.val((LocalDate) null),
                        DSL.val((String) null), DSL.val((String) null), DSL.val((String) null), DSL.val((OffsetDateTime) null),
                        DSL.val((Long) null), DSL.val((Short) null), PlainBytes.placeholder()));
        List<Customer> saved = new ArrayList<>(drafts.size());
        Map<Long, String> fullNames = new LinkedHashMap<>();
        for (NewCustomer d : drafts) {
            Customer c = new Customer(id++, d.reference(), d.fullName(), d.dateOfBirth(), d.postcode(), d.address(),
                    created, createdBy);
            saved.add(c);
            fullNames.put(c.id(), c.fullName());
        }
        // in postcode order: neighbouring rows then land in the same pages of the two postcode indexes
        List<Customer> inPostcodeOrder = new ArrayList<>(saved);
        inPostcodeOrder.sort(Comparator.comparing(Customer::postcode, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Customer c : inPostcodeOrder) {
            batch.bind(c.id(), c.reference(), c.fullName(), c.dateOfBirth(), c.postcode(), postcodeKey(c.postcode()),
                    c.address(), at, createdBy, LAYOUT, mac(c));
        }
        batch.execute();
        names.addAll(tx, fullNames);
        return saved;
    }

    /** {@code count} new customer references, distinct and not yet in the store. */
    public List<String> freshReferences(DSLContext tx, int count) {
        Set<String> fresh = new HashSet<>();
        while (fresh.size() < count) {
            Set<String> candidates = new HashSet<>();
            while (candidates.size() < count - fresh.size()) {
                String candidate = CustomerReferences.next();
                if (!fresh.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
            for (List<String> chunk : chunks(new ArrayList<>(candidates), 1_000)) {
                candidates.removeAll(tx.select(CUSTOMER.REFERENCE).from(CUSTOMER).where(CUSTOMER.REFERENCE.in(chunk))
                        .fetch(CUSTOMER.REFERENCE));
            }
            fresh.addAll(candidates);
        }
        return new ArrayList<>(fresh);
    }

    private static List<List<String>> chunks(List<String> all, int size) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    /**
     * Writes changed core fields and keeps the search index in step; the caller records history and events in
     * the same transaction.
     */
    public void update(DSLContext tx, Customer customer) {
        String before = tx.select(CUSTOMER.FULL_NAME).from(CUSTOMER).where(CUSTOMER.ID.eq(customer.id())).fetchOne(CUSTOMER.FULL_NAME);
        if (!customer.fullName().equals(before)) {
            names.replace(tx, customer.id(), customer.fullName());
        }
        tx.update(CUSTOMER)
                .set(CUSTOMER.FULL_NAME, customer.fullName())
                .set(CUSTOMER.DATE_OF_BIRTH, customer.dateOfBirth())
                .set(CUSTOMER.POSTCODE, customer.postcode())
                .set(CUSTOMER.POSTCODE_KEY, postcodeKey(customer.postcode()))
                .set(CUSTOMER.ADDRESS, customer.address())
                .set(CUSTOMER.MAC_LAYOUT, LAYOUT)
                .set(CUSTOMER.MAC, mac(customer))
                .where(CUSTOMER.ID.eq(customer.id()))
                .execute();
    }

    /**
     * Erasure (UK GDPR Art 17): the row keeps its id and reference, so rights cases and the event log still point
     * somewhere, and everything else about the person is replaced; the name leaves the search index entirely.
     */
    public Customer anonymise(DSLContext tx, Customer customer, String placeholderName) {
        names.forget(tx, customer.id());
        Customer erased = customer.with(placeholderName, null, null, null);
        tx.update(CUSTOMER).set(CUSTOMER.FULL_NAME, placeholderName).setNull(CUSTOMER.DATE_OF_BIRTH).setNull(CUSTOMER.POSTCODE)
                .setNull(CUSTOMER.POSTCODE_KEY).setNull(CUSTOMER.ADDRESS).set(CUSTOMER.MAC_LAYOUT, LAYOUT)
                .set(CUSTOMER.MAC, mac(erased)).where(CUSTOMER.ID.eq(customer.id())).execute();
        return erased;
    }

    public Optional<Customer> findByReference(DSLContext dsl, String reference) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.REFERENCE.eq(reference)).fetchOptional().map(this::verified);
    }

    public Optional<Customer> findById(DSLContext dsl, long id) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional().map(this::verified);
    }

    /**
     * Ids and names only, unverified, for cheap candidate filtering (duplicate checks, search ranking). Whatever
     * is shown to a person afterwards is read again through {@link #findById}, which verifies the row's MAC.
     */
    public List<org.jooq.Record2<Long, String>> namesWhere(DSLContext dsl, Condition condition, int limit) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.FULL_NAME).from(CUSTOMER).where(condition).limit(limit).fetch();
    }

    public List<Customer> findWhere(DSLContext dsl, Condition condition, int limit) {
        return dsl.selectFrom(CUSTOMER).where(condition).limit(limit).fetch(this::verified);
    }

    public boolean referenceTaken(DSLContext dsl, String reference) {
        return dsl.fetchExists(CUSTOMER, CUSTOMER.REFERENCE.eq(reference));
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(CUSTOMER);
    }

    private Customer verified(CustomerRecord row) {
        if (row.getId() == null || row.getCreatedAt() == null) {
            // NOT NULL columns: only a garbled page decodes to NULL there, a failed integrity check like any other
            throw new IntegrityException(TABLE, row.getId() == null ? -1 : row.getId());
        }
        Customer customer = new Customer(row.getId(), row.getReference(), row.getFullName(), row.getDateOfBirth(),
                row.getPostcode(), row.getAddress(), row.getCreatedAt().toInstant(), row.getCreatedBy());
        boolean ok = row.getMacLayout() == 1
                ? rowMac.matches(row.getMac(), TABLE, customer.id(), customer.reference(), customer.fullName(),
                        customer.createdAt(), customer.createdBy())
                        && customer.dateOfBirth() == null && customer.postcode() == null && customer.address() == null
                : rowMac.matches(row.getMac(), TABLE, layout2(customer));
        if (!ok) {
            throw new IntegrityException(TABLE, row.getId());
        }
        return customer;
    }

    private byte[] mac(Customer c) {
        return rowMac.of(TABLE, layout2(c));
    }

    private static Object[] layout2(Customer c) {
        return new Object[] {"layout2", c.id(), c.reference(), c.fullName(), c.createdAt(), c.createdBy(),
                c.dateOfBirth(), c.postcode(), c.address()};
    }
}
