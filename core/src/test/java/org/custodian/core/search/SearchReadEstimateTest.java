package org.custodian.core.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SearchReadEstimateTest {

    private static final long CUSTOMERS = 1_000_000;

    /** A searched word whose matching vocabulary holds {@code postings[i]} customers at penalty {@code penalties[i]}. */
    private static NameSearch.Tiers word(int[] penalties, long[] postings) {
        return word("w", penalties, postings);
    }

    /** As above, its vocabulary words named after {@code name}. */
    private static NameSearch.Tiers word(String name, int[] penalties, long[] postings) {
        TreeMap<Integer, List<String>> words = new TreeMap<>();
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (int i = 0; i < penalties.length; i++) {
            words.put(penalties[i], List.of(name + penalties[i]));
            counts.put(penalties[i], postings[i]);
        }
        return new NameSearch.Tiers(words, counts);
    }

    @Test
    void aVariantOfARareWordDrivesOverACommonSurnameWithNoExactMatches() {
        // "Steve Smith": few Steves, many Stephens (variant); many Smiths, some sound-alikes
        NameSearch.Tiers steve = word(new int[] {0, 2}, new long[] {300, 20_000});
        NameSearch.Tiers smith = word(new int[] {0, 3}, new long[] {14_000, 2_000});
        assertSame(steve, ReadEstimate.cheapest(List.of(smith, steve), CUSTOMERS, 26, 20_000));
        double rows = ReadEstimate.rows(steve, List.of(smith), CUSTOMERS, 26, 20_000);
        assertTrue(rows > 300 && rows < 3_000, "about 26 / 1.4% rows: " + rows);
        assertEquals(14_000, ReadEstimate.rows(smith, List.of(steve), CUSTOMERS, 26, 20_000), 0.5,
                "every Smith read before a Stephen Smith (penalty 2) can rank above what is unread");
    }

    @Test
    void aWordWithOnlyLooseMatchesLetsTheOtherWordsExactMatchesSettleAPage() {
        // "Henry Grahma": every match for grahma is one letter out (penalty 4), so a Henry Graham scores 4 and
        // ranks as high as anything unread while exact Henrys are still being read
        NameSearch.Tiers henry = word(new int[] {0, 3}, new long[] {5_000, 3_000});
        NameSearch.Tiers grahma = word(new int[] {4}, new long[] {7_000});
        assertEquals(4, ReadEstimate.leastPenalty(List.of(grahma)));
        double rows = ReadEstimate.rows(henry, List.of(grahma), CUSTOMERS, 26, 20_000);
        assertEquals(26 / 0.007, rows, 1, "a page of Grahams among the Henrys");
    }

    @Test
    void aSingleWordReadsAPageOfItsBestClass() {
        NameSearch.Tiers smith = word(new int[] {0, 3}, new long[] {14_000, 2_000});
        assertEquals(26, ReadEstimate.rows(smith, List.of(), CUSTOMERS, 26, 20_000), 0.001);
    }

    @Test
    void aRareCombinationReadsTheSmallerListUpToTheCap() {
        NameSearch.Tiers rare = word(new int[] {0}, new long[] {5_000});
        NameSearch.Tiers common = word(new int[] {0}, new long[] {25_000});
        assertSame(rare, ReadEstimate.cheapest(List.of(common, rare), 100_000_000, 26, 20_000));
        assertEquals(20_000, ReadEstimate.rows(common, List.of(rare), 100_000_000, 26, 20_000), 0.001);
    }

    @Test
    void wordsRareTogetherArePairedAndOnlyTheCheapestGroupsAreCounted() {
        // "Mary Anne Smith": each word common, together rare; loose matches of both come after the exact pairs
        NameSearch.Tiers mary = word("mary", new int[] {0, 3}, new long[] {10_000, 30_000});
        NameSearch.Tiers anne = word("anne", new int[] {0, 2}, new long[] {5_000, 20_000});
        NameSearch.Tiers smith = word("smith", new int[] {0, 3}, new long[] {14_000, 2_000});
        PairChoice pair = PairChoice.of(List.of(mary, anne, smith), CUSTOMERS, 26).orElseThrow();
        assertEquals(java.util.Set.of(anne, mary), java.util.Set.of(pair.first(), pair.second()), "the pair fewest customers hold");
        // groups: 0 -> 50, already past 26: the later (looser) groups are not expected to be read
        assertEquals(50, pair.expected(), 0.001);
        assertEquals(50 + 200 + 150 + 600, PairChoice.expectedReads(mary, anne, CUSTOMERS, 10_000), 0.001,
                "with more wanted than all groups hold, every group counts");
    }

    @Test
    void wordsSharingACandidateCannotBePaired() {
        NameSearch.Tiers ann = new NameSearch.Tiers(new TreeMap<>(java.util.Map.of(0, List.of("ann"))), new TreeMap<>(java.util.Map.of(0, 500L)));
        NameSearch.Tiers anne = new NameSearch.Tiers(new TreeMap<>(java.util.Map.of(0, List.of("anne"), 2, List.of("ann"))),
                new TreeMap<>(java.util.Map.of(0, 400L, 2, 500L)));
        assertTrue(PairChoice.of(List.of(ann, anne), CUSTOMERS, 26).isEmpty());
    }
}
