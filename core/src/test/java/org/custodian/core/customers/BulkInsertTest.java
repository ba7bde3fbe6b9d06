package org.custodian.core.customers;

import static org.custodian.core.store.schema.Tables.CONTACT_POINT;
import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.NAME_TOKEN;
import static org.custodian.core.store.schema.Tables.NAME_WORD;
import static org.custodian.core.store.schema.Tables.NAME_WORD_VARIANT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.names.NameIndex;
import org.custodian.core.store.Store;
import org.custodian.core.synthetic.SyntheticCustomer;
import org.custodian.core.synthetic.SyntheticCustomers;
import org.custodian.core.workspace.Workspace;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk paths leave the store exactly as the one-row paths do for the same customers. */
class BulkInsertTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456789Z");

    @TempDir
    Path one;
    @TempDir
    Path bulk;

    @Test
    void bulkInsertWritesTheSameRowsSearchKeysAndNameIndexAsOneAtATime() {
        List<SyntheticCustomer> people = people();
        try (Workspace a = setUp(custodian(one)); Workspace b = setUp(custodian(bulk))) {
            prepare(a);
            prepare(b);
            Store sa = a.store();
            CustomerRepository ra = new CustomerRepository(sa.rowMac());
            CustomerRecords ca = new CustomerRecords(sa.rowMac());
            sa.write(tx -> {
                for (int i = 0; i < people.size(); i++) {
                    SyntheticCustomer p = people.get(i);
                    Customer c = ra.insert(tx, reference(i), p.fullName(), p.dateOfBirth(), p.postcode(), p.address(), AT, 1);
                    for (String phone : p.phones()) {
                        ca.addContactPoint(tx, c.id(), ContactPoint.Kind.PHONE, phone, AT);
                    }
                    if (p.email() != null) {
                        ca.addContactPoint(tx, c.id(), ContactPoint.Kind.EMAIL, p.email(), AT);
                    }
                }
                return null;
            });
            Store sb = b.store();
            CustomerRepository rb = new CustomerRepository(sb.rowMac());
            CustomerRecords cb = new CustomerRecords(sb.rowMac());
            List<Customer> saved = sb.write(tx -> {
                List<CustomerRepository.NewCustomer> drafts = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    SyntheticCustomer p = people.get(i);
                    drafts.add(new CustomerRepository.NewCustomer(reference(i), p.fullName(), p.dateOfBirth(), p.postcode(), p.address()));
                }
                List<Customer> customers = rb.insertAll(tx, drafts, AT, 1);
                List<CustomerRecords.NewContactPoint> points = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    long id = customers.get(i).id();
                    people.get(i).phones().forEach(phone -> points.add(new CustomerRecords.NewContactPoint(id, ContactPoint.Kind.PHONE, phone)));
                    if (people.get(i).email() != null) {
                        points.add(new CustomerRecords.NewContactPoint(id, ContactPoint.Kind.EMAIL, people.get(i).email()));
                    }
                }
                cb.addContactPoints(tx, points, AT);
                return customers;
            });

            // every column but the MAC, whose key differs between the two stores (each MAC is checked below)
            assertSameRows(sa.dsl(), sb.dsl(), CUSTOMER, CUSTOMER.fields());
            assertSameRows(sa.dsl(), sb.dsl(), CONTACT_POINT, CONTACT_POINT.fields());
            assertSameRows(sa.dsl(), sb.dsl(), NAME_WORD, NAME_WORD.fields());
            assertSameRows(sa.dsl(), sb.dsl(), NAME_WORD_VARIANT, NAME_WORD_VARIANT.fields());
            assertSameRows(sa.dsl(), sb.dsl(), NAME_TOKEN, NAME_TOKEN.fields());
            assertEquals(people.size() + 3, rb.count(sb.dsl()));
            for (int i = 0; i < saved.size(); i++) {
                Customer c = saved.get(i);
                assertEquals(c, rb.findById(sb.dsl(), c.id()).orElseThrow(), "read back with its MAC verified");
                SyntheticCustomer p = people.get(i);
                assertEquals(p.phones().size() + (p.email() == null ? 0 : 1), cb.contactPoints(sb.dsl(), c.id()).size(),
                        "contact points read back with their MACs verified");
            }
            long victim = saved.get(5).id();
            sb.dsl().update(CUSTOMER).set(CUSTOMER.ADDRESS, "1 Changed Road").where(CUSTOMER.ID.eq(victim)).execute();
            assertThrows(IntegrityException.class, () -> rb.findById(sb.dsl(), victim), "the MAC covers the bulk row");
        }
    }

    /** Words already in the index, one of them with no customer left (its count back at zero). */
    private static void prepare(Workspace ws) {
        CustomerRepository repository = new CustomerRepository(ws.store().rowMac());
        ws.store().write(tx -> {
            repository.insert(tx, "CU-PREP0001", "Sam Smith", AT, 1);
            repository.insert(tx, "CU-PREP0002", "Jo Brown", AT, 1);
            Customer gone = repository.insert(tx, "CU-PREP0003", "Ann Lee", AT, 1);
            new NameIndex().remove(tx, gone.id());
            return null;
        });
    }

    private static List<SyntheticCustomer> people() {
        List<SyntheticCustomer> people = new ArrayList<>(new SyntheticCustomers(11, LocalDate.of(2026, 11, 24)).next(300));
        String longWord = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafe";
        for (String name : List.of("Sam Smith", "Sam Smith", "Sam Sam Smith", "Ann Lee", "Zoë O'Brien-Nowak", "Kim " + longWord)) {
            people.add(new SyntheticCustomer(name, null, List.of(), null, "LS1 4AB", "1 Test Street, Leeds"));
        }
        return people;
    }

    private static String reference(int i) {
        return String.format("CU-T%07d", i);
    }

    private static void assertSameRows(DSLContext a, DSLContext b, Table<?> table, Field<?>... fields) {
        List<Field<?>> compared = new ArrayList<>();
        for (Field<?> f : fields) {
            if (!f.getName().equals("MAC")) {
                compared.add(f);
            }
        }
        List<List<Object>> left = rows(a, table, compared);
        List<List<Object>> right = rows(b, table, compared);
        assertFalse(left.isEmpty());
        assertEquals(left, right, table.getName());
    }

    private static List<List<Object>> rows(DSLContext dsl, Table<?> table, List<Field<?>> fields) {
        List<List<Object>> out = new ArrayList<>();
        for (Record r : dsl.select(fields).from(table).orderBy(fields).fetch()) {
            out.add(Arrays.asList(r.intoArray()));
        }
        return out;
    }
}
