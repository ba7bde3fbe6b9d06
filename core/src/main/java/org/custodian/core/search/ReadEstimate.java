package org.custodian.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which searched word to drive a name search from: the one expected to rank a page after reading the fewest index
 * rows. Counting postings alone picks "smith" (14,000) over "steve" (its variants hold 20,000) for "Steve Smith",
 * and then has to read every Smith, since no Smith is an exact "steve"; driven from "steve", the Stephen Smiths
 * among the first two thousand Stephens fill the page. The estimate treats words as independent: the share of
 * customers holding a word that matches another searched word with penalty k is that word's postings over the
 * number of customers. Pure; a poor estimate only costs time, never changes the ranking.
 */
final class ReadEstimate {

    private ReadEstimate() {
    }

    /** The driver among {@code searched} (at least one), ties going to the word with fewer postings. */
    static NameSearch.Tiers cheapest(List<NameSearch.Tiers> searched, long customers, int wanted, int cap) {
        NameSearch.Tiers best = null;
        double bestRows = Double.POSITIVE_INFINITY;
        for (NameSearch.Tiers driver : searched) {
            List<NameSearch.Tiers> others = new ArrayList<>(searched);
            others.remove(driver);
            double rows = rows(driver, others, Math.max(1, customers), wanted, cap);
            if (rows < bestRows || rows == bestRows && total(driver) < total(best)) {
                best = driver;
                bestRows = rows;
            }
        }
        return best;
    }

    /**
     * Expected rows read from {@code driver} before {@code wanted} names rank at least as high as anything unread
     * (as {@link NameSearch} stops: a name first met in the driver's class of penalty p scores at least p plus the
     * others' least penalty), or all of them, at most {@code cap}.
     */
    static double rows(NameSearch.Tiers driver, List<NameSearch.Tiers> others, long customers, int wanted, int cap) {
        double[] othersAtMost = atMost(others, customers);
        int least = leastPenalty(others);
        double rows = 0;
        List<long[]> read = new ArrayList<>();
        for (Map.Entry<Integer, Long> tier : driver.postings().entrySet()) {
            int penalty = tier.getKey();
            double ranked = 0;
            for (long[] done : read) {
                ranked += done[1] * at(othersAtMost, penalty + least - (int) done[0]);
            }
            if (ranked >= wanted) {
                return rows;
            }
            double perRow = at(othersAtMost, least);
            double needed = perRow > 0 ? (wanted - ranked) / perRow : Double.POSITIVE_INFINITY;
            if (needed <= tier.getValue()) {
                return Math.min(cap, rows + needed);
            }
            rows += tier.getValue();
            if (rows >= cap) {
                return cap;
            }
            read.add(new long[] {penalty, tier.getValue()});
        }
        return rows;
    }

    /** The least penalty these searched words can add to any name: each one's closest class in the vocabulary. */
    static int leastPenalty(List<NameSearch.Tiers> words) {
        return words.stream().mapToInt(w -> w.postings().firstKey()).sum();
    }

    /** Chance, for each total x, that a customer's best matches for all {@code others} add up to penalty x or less. */
    private static double[] atMost(List<NameSearch.Tiers> others, long customers) {
        double[] sum = {1};
        for (NameSearch.Tiers word : others) {
            int top = word.postings().lastKey();
            double[] exactly = new double[top + 1];
            double cumulative = 0;
            for (Map.Entry<Integer, Long> tier : word.postings().entrySet()) {
                double next = Math.min(1, cumulative + (double) tier.getValue() / customers);
                exactly[tier.getKey()] += next - cumulative;
                cumulative = next;
            }
            double[] combined = new double[sum.length + top];
            for (int i = 0; i < sum.length; i++) {
                for (int j = 0; j <= top; j++) {
                    combined[i + j] += sum[i] * exactly[j];
                }
            }
            sum = combined;
        }
        for (int i = 1; i < sum.length; i++) {
            sum[i] += sum[i - 1];
        }
        return sum;
    }

    private static double at(double[] atMost, int x) {
        return x < 0 ? 0 : atMost[Math.min(x, atMost.length - 1)];
    }

    private static long total(NameSearch.Tiers tiers) {
        return tiers == null ? Long.MAX_VALUE : tiers.postings().values().stream().mapToLong(Long::longValue).sum();
    }
}
