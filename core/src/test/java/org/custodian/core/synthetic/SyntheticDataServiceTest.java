package org.custodian.core.synthetic;

import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custodian.core.auth.Role;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.Event;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventLog;
import org.custodian.core.search.SearchHit;
import org.custodian.core.search.SearchQuery;
import org.custodian.core.search.SearchResult;
import org.custodian.core.store.Store;
import org.custodian.core.validation.Phones;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final long SEED = 2026;

    @TempDir
    Path dir;

    private static SyntheticDataService service(Workspace ws, int batch) {
        Store store = ws.store();
        return new SyntheticDataService(store, new CustomerRepository(store.rowMac()), new CustomerRecords(store.rowMac()),
                new EventLog(CLOCK), CLOCK, batch);
    }

    @Test
    void aTeamLeadFillsTheStoreInBatchesWithCustomersWhoReadBackVerifiedAndAreFoundBySearch() {
        try (Workspace ws = setUp(custodian(dir, CLOCK))) {
            List<int[]> progress = new ArrayList<>();
            SyntheticRun run = service(ws, 500).generate(ws.session(), 1_200, SEED,
                    (done, total) -> progress.add(new int[] {done, total}), () -> false);

            assertEquals(new SyntheticRun(1_200, 1_200, false), run);
            assertEquals(List.of("0/1200", "500/1200", "1000/1200", "1200/1200"),
                    progress.stream().map(p -> p[0] + "/" + p[1]).toList());
            CustomerRepository customers = new CustomerRepository(ws.store().rowMac());
            CustomerRecords records = new CustomerRecords(ws.store().rowMac());
            List<Customer> stored = customers.findWhere(ws.store().dsl(), org.jooq.impl.DSL.trueCondition(), 2_000);
            assertEquals(1_200, stored.size(), "every row read back with its MAC verified");
            List<SyntheticCustomer> expected = new SyntheticCustomers(SEED, LocalDate.now(CLOCK)).next(1_200);
            stored = stored.stream().sorted(java.util.Comparator.comparingLong(Customer::id)).toList();
            for (int i = 0; i < expected.size(); i++) {
                SyntheticCustomer want = expected.get(i);
                Customer got = stored.get(i);
                assertEquals(List.of(want.fullName(), String.valueOf(want.dateOfBirth()), want.postcode(), want.address()),
                        List.of(got.fullName(), String.valueOf(got.dateOfBirth()), got.postcode(), got.address()));
                assertEquals(ws.session().userId(), got.createdBy());
                List<String> contacts = records.contactPoints(ws.store().dsl(), got.id()).stream().map(ContactPoint::value).toList();
                List<String> wanted = new ArrayList<>(want.phones());
                if (want.email() != null) {
                    wanted.add(want.email());
                }
                assertEquals(wanted, contacts);
            }

            for (int i : new int[] {3, 640, 1_199}) {
                Customer customer = stored.get(i);
                SyntheticCustomer person = expected.get(i);
                assertFound(ws, customer, person.fullName(), SearchQuery.Kind.NAME);
                assertFound(ws, customer, person.postcode().replace(" ", "").toLowerCase(Locale.ROOT), SearchQuery.Kind.POSTCODE);
                assertFound(ws, customer, person.postcode(), SearchQuery.Kind.POSTCODE);
            }
            int phones = 0;
            for (int i = 0; i < expected.size() && phones < 3; i++) {
                if (!expected.get(i).phones().isEmpty()) {
                    assertFound(ws, stored.get(i), Phones.display(expected.get(i).phones().get(0)), SearchQuery.Kind.PHONE);
                    phones++;
                }
            }

            List<Event> generated = generatedEvents(ws);
            assertEquals(List.of("count=200;requested=1200;seed=2026;total=1200", "count=500;requested=1200;seed=2026;total=1000",
                    "count=500;requested=1200;seed=2026;total=500"), generated.stream().map(Event::details).toList());
            generated.forEach(e -> assertEquals(ws.session().userId(), e.actorId()));
        }
    }

    @Test
    void cancellingStopsBetweenBatchesAndKeepsWhatWasCommitted() {
        try (Workspace ws = setUp(custodian(dir, CLOCK))) {
            int[] seen = {0};
            SyntheticRun run = service(ws, 300).generate(ws.session(), 1_000, SEED, (done, total) -> seen[0] = done,
                    () -> seen[0] >= 600);
            assertEquals(new SyntheticRun(1_000, 600, true), run);
            assertEquals(600, new CustomerRepository(ws.store().rowMac()).count(ws.store().dsl()));
            assertEquals(2, generatedEvents(ws).size());
        }
    }

    @Test
    void onlyTeamLeadsMayGenerateAndOnlyBetweenOneAndTwoMillion() {
        Custodian custodian = custodian(dir, CLOCK);
        try (Workspace lead = setUp(custodian)) {
            for (int count : new int[] {0, -5, 2_000_001}) {
                InvalidInputException refused = assertThrows(InvalidInputException.class,
                        () -> lead.synthetic().generate(lead.session(), count, SEED, ProgressListener.none(), () -> false));
                assertEquals("synthetic.count", refused.violations().get(0).code());
                assertEquals("Number of customers: choose between 1 and 2,000,000.", refused.userMessage());
            }
            assertEquals(new SyntheticRun(7, 7, false),
                    lead.synthetic().generate(lead.session(), 7, SEED, ProgressListener.none(), () -> false));
            lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        }
        try (Workspace agent = custodian.logIn(AGENT, pw(AGENT_PASSWORD))) {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                    () -> agent.synthetic().generate(agent.session(), 10, SEED, ProgressListener.none(), () -> false));
            assertEquals("Only a team lead can generate synthetic customers.", refused.userMessage());
            assertEquals(7, new CustomerRepository(agent.store().rowMac()).count(agent.store().dsl()));
        }
    }

    private static void assertFound(Workspace ws, Customer customer, String typed, SearchQuery.Kind kind) {
        SearchResult result = ws.search().search(ws.session(), typed, 500, () -> false);
        assertEquals(kind, result.kind(), typed);
        assertTrue(result.hits().stream().map(SearchHit::customerId).anyMatch(id -> id == customer.id()),
                "customer " + customer.id() + " found by " + kind);
    }

    private static List<Event> generatedEvents(Workspace ws) {
        return new EventLog(CLOCK).latest(ws.store().dsl(), 1_000).stream()
                .filter(e -> e.action().equals(EventAction.SYNTHETIC_CUSTOMERS_GENERATED.name())).toList();
    }
}
