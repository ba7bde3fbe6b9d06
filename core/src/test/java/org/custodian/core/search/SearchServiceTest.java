package org.custodian.core.search;

import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerReferences;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchServiceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private Customer stephen;
    private Customer zoe;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        stephen = add("Stephen Smith", "SW1A 1AA", "+447700900123", "stephen.smith@example.com");
        zoe = add("Zoë O'Brien", "M1 1AE", "+447700900456", "Zoe.OBrien@Example.com");
        add("Steven Smyth", "SW1A 2AA", "+447700900124", null);
        add("Sam Sample", "CF10 1AA", "+441134960000", "sam@example.org");
        add("Stephanie Smithers", "LS1 4AP", "+447700900999", null);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Customer add(String name, String postcode, String phone, String email) {
        CustomerRepository customers = new CustomerRepository(ws.store().rowMac());
        CustomerRecords records = new CustomerRecords(ws.store().rowMac());
        return ws.store().write(tx -> {
            Customer c = customers.insert(tx, CustomerReferences.next(), name, LocalDate.of(1985, 3, 14), postcode,
                    "1 Example Street", clock.instant(), ws.session().userId());
            records.addContactPoint(tx, c.id(), ContactPoint.Kind.PHONE, phone, clock.instant());
            if (email != null) {
                records.addContactPoint(tx, c.id(), ContactPoint.Kind.EMAIL, email, clock.instant());
            }
            return c;
        });
    }

    private List<String> names(String typed) {
        return ws.search().search(ws.session(), typed).hits().stream().map(SearchHit::fullName).toList();
    }

    @Test
    void misspeltNamesAreFoundAndRankedByCloseness() {
        assertEquals(List.of("Stephen Smith", "Steven Smyth"), names("Stephen Smith").subList(0, 2));
        assertEquals("Stephen Smith", names("Stephen Smiht").get(0), "two letters swapped");
        assertEquals("Stephen Smith", names("Stehpen Smith").get(0));
        assertEquals("Stephen Smith", names("Stephen Smithh").get(0), "one letter too many");
        assertTrue(names("Steve Smith").containsAll(List.of("Stephen Smith", "Steven Smyth")), "name variants");
        assertEquals(List.of("Zoë O'Brien"), names("zoe obrien"), "accents, case and punctuation ignored");
        assertEquals(List.of("Zoë O'Brien"), names("o'brien zoe"), "any order");
        assertEquals(List.of(), names("Olivia Jones"));
    }

    @Test
    void aPartlyTypedNameFindsWhatItStarts() {
        assertTrue(names("Steph").containsAll(List.of("Stephen Smith", "Stephanie Smithers")));
        assertEquals("Stephanie Smithers", names("st smithers").get(0));
    }

    @Test
    void theReasonForALooseMatchIsShown() {
        SearchResult result = ws.search().search(ws.session(), "Steve Smith");
        SearchHit steven = result.hits().stream().filter(h -> h.fullName().equals("Steven Smyth")).findFirst().orElseThrow();
        assertFalse(steven.why().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "0044 7700 900 123", "(07700) 900-123"})
    void aPhoneNumberTypedInAnyFormatIsFound(String typed) {
        SearchResult result = ws.search().search(ws.session(), typed);
        assertEquals(SearchQuery.Kind.PHONE, result.kind());
        assertEquals(List.of(stephen.id()), result.hits().stream().map(SearchHit::customerId).toList());
    }

    @Test
    void aPartPhoneNumberFindsEveryNumberItStarts() {
        assertEquals(3, names("07700 90012").size() + names("07700 900999").size());
        assertEquals(List.of("Sam Sample"), names("0113 496"));
    }

    @Test
    void postcodesWithOrWithoutTheSpaceAndPartOutwardCodes() {
        assertEquals(List.of("Stephen Smith"), names("sw1a1aa"));
        assertEquals(List.of("Stephen Smith"), names("SW1A 1AA"));
        assertEquals(List.of("Stephen Smith", "Steven Smyth"), names("SW1A"));
    }

    @Test
    void aNumberOrOutwardCodeSharedByMoreThanAPageShowsOnePageInNameOrderAndSaysThereAreMore() {
        for (String name : List.of("Yan Young", "Abe Adams", "Mo Miller")) {
            add(name, "SW1A 3AA", "+447700900123", null);
        }
        for (String typed : List.of("07700 900123", "07700 9001", "SW1A")) {
            SearchResult result = ws.search().search(ws.session(), typed, 3, () -> false);
            List<String> shown = result.hits().stream().map(SearchHit::fullName).toList();
            assertEquals(3, shown.size(), typed);
            assertEquals(shown.stream().sorted().toList(), shown, typed);
            assertTrue(result.more(), typed);
        }
        assertEquals(List.of("Abe Adams", "Mo Miller", "Stephen Smith", "Yan Young"), names("07700 900123"),
                "all of them, in name order, when they fit on a page");
    }

    @Test
    void emailsInAnyCaseAndReferences() {
        assertEquals(List.of("Zoë O'Brien"), names("zoe.obrien@example.com"));
        assertEquals(List.of("Stephen Smith"), names("STEPHEN.SMITH@"));
        assertEquals(List.of(zoe.fullName()), names(zoe.reference().toLowerCase()));
    }

    @Test
    void rowsShowOnlyEnoughToPickThePerson() {
        SearchHit hit = ws.search().search(ws.session(), "07700 900123").hits().get(0);
        assertEquals("SW1A", hit.outwardPostcode());
        assertEquals("••••• •••123", hit.maskedPhone());
        assertEquals(stephen.reference(), hit.reference());
    }

    @Test
    void aRenamedCustomerIsFoundByTheNewNameOnly() {
        CustomerRepository customers = new CustomerRepository(ws.store().rowMac());
        ws.store().write(tx -> {
            customers.update(tx, zoe.with("Zoë Kowalski", zoe.dateOfBirth(), zoe.postcode(), zoe.address()));
            return null;
        });
        assertEquals(List.of("Zoë Kowalski"), names("zoe kowalski"));
        assertEquals(List.of(), names("zoe obrien"));
    }

    @Test
    void tooLittleTypedSaysWhatToType() {
        SearchResult result = ws.search().search(ws.session(), "s");
        assertEquals(SearchQuery.Kind.NONE, result.kind());
        assertEquals("Type at least two letters of a name.", result.hint());
    }

    @Test
    void aSearchOvertakenByANewerKeystrokeStops() {
        assertThrows(CancellationException.class, () -> ws.search().search(ws.session(), "Stephen", 25, () -> true));
    }

    @Test
    void customersSavedBeforeTheIndexExistedAreIndexedOnce() {
        ws.store().write(tx -> {
            tx.deleteFrom(org.custodian.core.store.schema.Tables.NAME_TOKEN).execute();
            tx.deleteFrom(org.custodian.core.store.schema.Tables.NAME_PAIR).execute();
            tx.deleteFrom(org.custodian.core.store.schema.Tables.SETTING)
                    .where(org.custodian.core.store.schema.Tables.SETTING.NAME.eq("name_index_version")).execute();
            return null;
        });
        assertEquals(List.of(), names("Stephen Smith"));
        ws.search().ensureIndexed();
        assertEquals("Stephen Smith", names("Stephen Smith").get(0));
    }
}
