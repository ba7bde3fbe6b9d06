package org.custodian.core.imports;

import static org.custodian.core.store.schema.Tables.CONTACT_POINT;
import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventLog;
import org.custodian.core.progress.Progress;
import org.custodian.core.users.User;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerImportServiceTest {

    private static final String HEADER = "full_name,date_of_birth,phone,email,postcode,address\n";
    private static final String GOOD = HEADER
            + "Priya Shah,14/03/1985,07700 900321,priya.shah@example.com,sw1a1aa,1 Example Street\n"
            + "Tom Example,02/11/1970,07700 900654,,EC1A 1BB,\"2 Sample Road, Flat 3\"\n"
            + "Ana Sample,,,ana@example.com,,\n";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportReport importing(String csv) {
        return ws.imports().importFile(ws.session(), new StringReader(csv), "account-management", Progress.none(), () -> false);
    }

    private int customers() {
        return ws.store().dsl().fetchCount(CUSTOMER);
    }

    @Test
    void aCleanFileCreatesEachCustomerAsIntakeDoes() {
        long[] last = new long[2];
        ImportReport report = ws.imports().importFile(ws.session(), new StringReader(GOOD), "account-management",
                (done, total) -> { last[0] = done; last[1] = total; }, () -> false);
        assertTrue(report.clean());
        assertEquals(3, report.imported());
        assertEquals(6, last[1]);
        assertEquals(6, last[0]);
        assertEquals(3, customers());
        var priya = ws.store().dsl().selectFrom(CUSTOMER).where(CUSTOMER.FULL_NAME.eq("Priya Shah")).fetchOne();
        assertEquals("SW1A 1AA", priya.getPostcode());
        assertEquals(java.time.LocalDate.of(1985, 3, 14), priya.getDateOfBirth());
        assertEquals(List.of("+447700900321", "+447700900654", "ana@example.com", "priya.shah@example.com"),
                ws.store().dsl().select(CONTACT_POINT.VAL).from(CONTACT_POINT).orderBy(CONTACT_POINT.VAL).fetch(CONTACT_POINT.VAL));
        // found by search through the name index and the phone index, as an intake's customer is
        assertEquals(1, ws.search().search(ws.session(), "Shah").hits().size());
        assertEquals(1, ws.search().search(ws.session(), "07700 900654").hits().size());
        assertEquals(3, ws.store().dsl().fetchCount(EVENT, EVENT.ACTION.eq("CUSTOMER_CREATED")
                .and(EVENT.PURPOSE.eq("account-management")).and(EVENT.SUBJECT_KEY.isNotNull())));
        assertEquals(4, ws.store().dsl().fetchCount(EVENT, EVENT.ACTION.eq("CONTACT_POINT_ADDED")));
        assertEquals("basis=CONTRACT;rows=3", ws.store().dsl().select(EVENT.DETAILS).from(EVENT)
                .where(EVENT.ACTION.eq("CUSTOMERS_IMPORTED")).fetchOne(EVENT.DETAILS));
        assertInstanceOf(ChainVerification.Intact.class, new EventLog(clock).verify(ws.store().dsl()));
        assertTrue(ws.store().dsl().select(EVENT.DETAILS).from(EVENT).fetch(EVENT.DETAILS).stream()
                .noneMatch(d -> d.contains("Priya") || d.contains("900321")), "no personal data in events");
    }

    @Test
    void oneBadRowIsReportedByRowAndFieldAndNothingIsImported() {
        String csv = HEADER
                + "Priya Shah,14/03/1985,07700 900321,priya.shah@example.com,sw1a1aa,1 Example Street\n"
                + "Tom Example,31/02/1970,07700 900654,not-an-email,EC1A 1BB,\n"
                + ",,,,,\n"
                + "Ana Sample,,,ana@example.com,,\n";
        ImportReport report = importing(csv);
        assertFalse(report.clean());
        assertEquals(0, report.imported());
        assertEquals(0, customers(), "nothing half-imported");
        assertEquals(List.of("3 Date of birth", "3 Email"),
                report.problems().stream().map(p -> p.row() + " " + p.field()).toList());
        assertTrue(report.problems().stream().noneMatch(p -> p.reason().contains("not-an-email")), "values are not echoed");

        ImportReport fixed = importing(csv.replace("31/02/1970", "28/02/1970").replace("not-an-email", "tom@example.com"));
        assertTrue(fixed.clean());
        assertEquals(3, customers());
    }

    @Test
    void duplicatesInTheFileAndInTheStoreAreRefused() {
        assertTrue(importing(GOOD).clean());
        String again = HEADER
                + "New Person,01/01/1990,07700 900111,new@example.com,,\n"
                + "Other Person,01/01/1991,07700 900111,,,\n"
                + "Someone Else,,07700 900321,,,\n"
                + "Tom Example,02/11/1970,,,,\n";
        ImportReport report = importing(again);
        assertEquals(List.of("3 Phone number", "4 Phone number", "5 Full name"),
                report.problems().stream().map(p -> p.row() + " " + p.field()).toList());
        assertTrue(report.problems().get(0).reason().contains("row 2"));
        assertEquals(3, customers());
    }

    @Test
    void theHeaderAndThePurposeAreChecked() {
        ImportReport unknown = importing("name,phone,colour\nPriya Shah,07700 900321,blue\n");
        assertEquals(List.of("1 Header", "1 Header", "1 Header"),
                unknown.problems().stream().map(p -> p.row() + " " + p.field()).toList());
        ImportReport tooMuch = ws.imports().importFile(ws.session(), new StringReader(GOOD), "customer-service",
                Progress.none(), () -> false);
        assertTrue(tooMuch.problems().stream().anyMatch(p -> p.reason().contains("remove the email column")));
        ImportReport consent = ws.imports().importFile(ws.session(), new StringReader(GOOD), "marketing",
                Progress.none(), () -> false);
        assertTrue(consent.problems().stream().anyMatch(p -> p.field().equals("Purpose")));
        assertEquals(0, customers());
        assertTrue(ws.imports().purposes().stream().noneMatch(p -> p.needsConsent()));
        assertEquals(List.of("1 File"), importing("").problems().stream().map(p -> p.row() + " " + p.field()).toList());
        assertEquals(List.of("2 File"), importing(HEADER + "\n").problems().stream().map(p -> p.row() + " " + p.field()).toList());
    }

    @Test
    void aCancelledImportLeavesNothing() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 250; i++) {
            csv.append("Person ").append(letters(i)).append(",,,p").append(i).append("@example.com,,\n");
        }
        CustomerImportService smallBatches = new CustomerImportService(ws.store(), ws.scripts(),
                new org.custodian.core.customers.CustomerRepository(ws.store().rowMac()),
                new org.custodian.core.customers.CustomerRecords(ws.store().rowMac()), new EventLog(clock), clock, List.of(), 100);
        int[] polls = {0};
        ImportReport report = smallBatches.importFile(ws.session(), new StringReader(csv.toString()), "account-management",
                Progress.none(), () -> ++polls[0] > 2);
        assertEquals(List.of(), report.problems());
        assertTrue(report.cancelled());
        assertEquals(0, customers());
        assertEquals(0, ws.store().dsl().fetchCount(EVENT, EVENT.ACTION.eq("CUSTOMER_CREATED")));
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "Ex" + s;
    }

    @Test
    void anExtraCheckIsRunOnEveryRow() {
        ImportCheck refuseAll = (dsl, c) -> List.of(new ImportProblem(c.row(), "Suppression", "Suppression: test"));
        CustomerImportService withExtra = new CustomerImportService(ws.store(), ws.scripts(),
                new org.custodian.core.customers.CustomerRepository(ws.store().rowMac()),
                new org.custodian.core.customers.CustomerRecords(ws.store().rowMac()), new EventLog(clock), clock,
                List.of(refuseAll));
        ImportReport report = withExtra.importFile(ws.session(), new StringReader(GOOD), "account-management",
                Progress.none(), () -> false);
        assertEquals(List.of(2, 3, 4), report.problems().stream().map(ImportProblem::row).toList());
        assertEquals(0, customers());
    }

    @Test
    void onlyATeamLeadImports() {
        User agent = ws.users().add(ws.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        Session sam = new Session(agent.id(), agent.username(), agent.displayName(), agent.role());
        assertThrows(AccessDeniedException.class, () -> ws.imports().importFile(sam, new StringReader(GOOD),
                "account-management", Progress.none(), () -> false));
    }
}
