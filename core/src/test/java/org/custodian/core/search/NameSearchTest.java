package org.custodian.core.search;

import static org.custodian.core.workspace.TestStores.*;
import static org.custodian.core.store.schema.Tables.NAME_PAIR;
import static org.custodian.core.store.schema.Tables.NAME_TOKEN;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerReferences;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.names.NameIndex;
import org.custodian.core.names.NameVariants;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Name search reads posting lists a part at a time and stops once a page is ranked: what it shows must still be
 * the best matches by match class, in the same order as reading every posting would give.
 */
class NameSearchTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        // the looser matches are saved first, so reading in id order meets them before most exact ones
        add("Steve Smiht");
        add("Stephen Smith");
        add("Carol Smyth");
        add("Eve Smithers");
        add("Steve Dee Smith");
        add("Steve Cal Smith");
        add("Steve Smith");
        add("Steve Bea Smith");
        add("Steve Ann Smith");
        for (String first : List.of("Hal", "Gus", "Fay", "Ida", "Jan", "Kit", "Lou", "Max")) {
            add(first + " Smith");
        }
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void add(String name) {
        CustomerRepository customers = new CustomerRepository(ws.store().rowMac());
        ws.store().write(tx -> customers.insert(tx, CustomerReferences.next(), name, LocalDate.of(1985, 3, 14), "SW1A 1AA",
                "1 Example Street", clock.instant(), ws.session().userId()));
    }

    /** A search service reading {@code firstRead} postings at a time at first (production reads hundreds). */
    private SearchResult search(String typed, int limit, int firstRead) {
        return search(typed, limit, firstRead, Double.POSITIVE_INFINITY);
    }

    /** As above, counting a customer read through the name pair table as {@code pairCost} index rows. */
    private SearchResult search(String typed, int limit, int firstRead, double pairCost) {
        SearchService service = new SearchService(ws.store(), new CustomerRepository(ws.store().rowMac()),
                new CustomerRecords(ws.store().rowMac()), new NameIndex(), NameVariants.shipped(), firstRead, pairCost);
        return service.search(ws.session(), typed, limit, () -> false);
    }

    private static List<String> names(SearchResult result) {
        return result.hits().stream().map(SearchHit::fullName).toList();
    }

    @Test
    void anExactMatchThenAVariantThenAMisspellingAsBefore() {
        List<String> expected = List.of("Steve Smith", "Steve Ann Smith", "Steve Bea Smith", "Steve Cal Smith",
                "Steve Dee Smith", "Stephen Smith", "Steve Smiht");
        for (int firstRead : new int[] {1, 2, NameSearch.FIRST_READ}) {
            SearchResult result = search("Steve Smith", 25, firstRead);
            assertEquals(expected, names(result), "read " + firstRead + " at a time");
            assertFalse(result.more());
        }
    }

    @Test
    void aFullPageOfExactMatchesStopsBeforeTheLooserOnes() {
        SearchResult result = search("Steve Smith", 3, 1);
        List<String> shown = names(result);
        assertEquals("Steve Smith", shown.get(0), "the caller's exact name first");
        // then exact names with a word the caller did not say; which of the four fill the page may differ from a
        // full read (they rank equally), but never the variant or the misspelling
        assertTrue(shown.subList(1, 3).stream().allMatch(n -> n.matches("Steve (Ann|Bea|Cal|Dee) Smith")), shown.toString());
        assertTrue(result.more());
    }

    @Test
    void aCommonSurnameShowsOnlyExactMatchesWhenThereAreMoreThanAPage() {
        SearchResult result = search("smith", 4, 2);
        assertEquals(4, result.hits().size());
        assertTrue(result.hits().stream().allMatch(h -> h.fullName().endsWith(" Smith") && h.why().isEmpty()),
                names(result).toString());
        assertTrue(result.more());
    }

    @Test
    void aSurnameWithFewExactMatchesRanksTheLooserOnesAfterThem() {
        // one exact "Smyth"; every Smith sounds like it; which Smiths fill the rest of a short page may differ
        // from a full read (they rank equally), but never a looser class before them
        for (int firstRead : new int[] {1, 3, NameSearch.FIRST_READ}) {
            SearchResult result = search("smyth", 3, firstRead);
            assertEquals("Carol Smyth", names(result).get(0), "read " + firstRead + " at a time");
            assertEquals(List.of("sounds like", "sounds like"), result.hits().subList(1, 3).stream().map(SearchHit::why).toList());
            assertTrue(result.more());
        }
    }

    @Test
    void aSurnameMisspeltIntoNoKnownWordStillRanksTheExactFirstNamesFirst() {
        // "smitth" is nobody's name: its closest matches only sound like it, so a page can be settled while the
        // exact Steves are read, before any Stephen (variant) is
        List<String> all = names(search("Steve Smitth", 25, NameSearch.FIRST_READ));
        assertEquals(List.of("Steve Smith", "Steve Smiht", "Steve Ann Smith", "Steve Bea Smith", "Steve Cal Smith",
                "Steve Dee Smith", "Stephen Smith"), all, "nearer spelling first among the sound-alikes");
        for (int firstRead : new int[] {1, 2}) {
            SearchResult result = search("Steve Smitth", 3, firstRead);
            assertEquals(all.subList(0, 3), names(result), "read " + firstRead + " at a time");
            assertTrue(result.more());
        }
    }

    @Test
    void aMisspeltSurnameFindsTheRightNameFirst() {
        SearchResult result = search("Steve Smiht", 2, 1);
        assertEquals("Steve Smiht", names(result).get(0));
        assertEquals("Steve Smith", names(result).get(1), "one letter out");
    }

    @Test
    void throughThePairTableFullNamesRankAsReadingEveryPosting() {
        add("Ann Steve Smith");
        add("Stephen Ann Smyth");
        for (String typed : List.of("Steve Smith", "Smith Steve", "Steve Ann Smith", "Steve Smitth", "Stephen Smyth",
                "Ann Smith", "Steve Sm", "Ste Smith")) {
            for (int limit : new int[] {2, 25}) {
                SearchResult everyPosting = search(typed, limit, NameSearch.FIRST_READ);
                SearchResult paired = search(typed, limit, NameSearch.FIRST_READ, 0);
                assertEquals(names(everyPosting), names(paired), typed + ", page of " + limit);
                assertEquals(everyPosting.hits().stream().map(SearchHit::why).toList(),
                        paired.hits().stream().map(SearchHit::why).toList(), typed);
                assertEquals(everyPosting.more(), paired.more(), typed + ", page of " + limit);
            }
        }
    }

    @Test
    void thePairTableAnswersWhenAReadWouldBeLong() {
        // take one customer out of the pair table only: a search that goes through it no longer finds them, which
        // shows the table (not the postings) answered, while reading postings still does
        long id = search("Steve Bea Smith", 1, NameSearch.FIRST_READ).hits().get(0).customerId();
        ws.store().write(tx -> tx.deleteFrom(NAME_PAIR).where(NAME_PAIR.CUSTOMER_ID.eq(id)).execute());
        assertTrue(names(search("Steve Bea Smith", 25, NameSearch.FIRST_READ)).contains("Steve Bea Smith"));
        assertFalse(names(search("Steve Bea Smith", 25, NameSearch.FIRST_READ, 0)).contains("Steve Bea Smith"));
        assertTrue(names(search("Steve Bea Smith", 25, NameSearch.FIRST_READ, 1_000_000)).contains("Steve Bea Smith"),
                "where reading postings is expected to cost less, the pair table is not used");
    }

    @Test
    void thePairTableHoldsEveryOrderedPairOfEachNamesWordsAndFollowsRenames() {
        CustomerRepository customers = new CustomerRepository(ws.store().rowMac());
        ws.store().write(tx -> customers.insertAll(tx, List.of(
                new CustomerRepository.NewCustomer(CustomerReferences.next(), "Una Vale Vale", null, null, null),
                new CustomerRepository.NewCustomer(CustomerReferences.next(), "Wyn Xi Yo Zed", null, null, null)),
                clock.instant(), ws.session().userId()));
        assertEquals(1 + 6 + 13 + 4 * 3, pairs(), "two bulk-loaded names, 13 of two words, four of three");
        assertEquals(pairs(), ws.store().dsl().fetchCount(NAME_PAIR));
        long id = search("Steve Cal Smith", 1, NameSearch.FIRST_READ).hits().get(0).customerId();
        ws.store().write(tx -> {
            new NameIndex().replace(tx, id, "Steve Smith");
            return null;
        });
        assertEquals(1, ws.store().dsl().fetchCount(NAME_PAIR, NAME_PAIR.CUSTOMER_ID.eq(id)));
        assertEquals(0, ws.store().dsl().fetchCount(NAME_PAIR, NAME_PAIR.WORD_A.eq("cal").or(NAME_PAIR.WORD_B.eq("cal"))));
    }

    /** Pairs of different words over every indexed name, counted from the postings. */
    private int pairs() {
        return ws.store().dsl().select(NAME_TOKEN.CUSTOMER_ID, org.jooq.impl.DSL.count()).from(NAME_TOKEN)
                .groupBy(NAME_TOKEN.CUSTOMER_ID).fetch(r -> r.value2() * (r.value2() - 1) / 2).stream().mapToInt(Integer::intValue).sum();
    }
}
