package org.custodian.core.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which two searched words to look up in the name pair table, and how many customers that is expected to read:
 * the pairs of their candidate words are read in order of their two match classes' penalties added, until more
 * than a page ranks at least as high as anything unread could ({@link NameSearch}). Words are taken as
 * independent (customers holding both = their postings multiplied over all customers). Two searched words whose
 * candidate words overlap cannot be paired: the table pairs two different words of a name. Pure.
 *
 * @param first    the candidate words of one searched word, by penalty
 * @param second   the other's
 * @param expected customers expected to be read before the search can stop
 */
record PairChoice(NameSearch.Tiers first, NameSearch.Tiers second, double expected) {

    /** The cheapest pair among {@code searched}, if two can be paired. */
    static Optional<PairChoice> of(List<NameSearch.Tiers> searched, long customers, int wanted) {
        PairChoice best = null;
        for (int i = 0; i < searched.size(); i++) {
            for (int j = i + 1; j < searched.size(); j++) {
                NameSearch.Tiers a = searched.get(i);
                NameSearch.Tiers b = searched.get(j);
                if (!disjoint(a, b)) {
                    continue;
                }
                double expected = expectedReads(a, b, Math.max(1, customers), wanted);
                if (best == null || expected < best.expected) {
                    best = new PairChoice(a, b, expected);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Customers expected to hold a pair, summed over the penalty groups read before {@code wanted} are found. */
    static double expectedReads(NameSearch.Tiers a, NameSearch.Tiers b, long customers, int wanted) {
        TreeMap<Integer, Double> byPenalty = new TreeMap<>();
        for (Map.Entry<Integer, Long> x : a.postings().entrySet()) {
            for (Map.Entry<Integer, Long> y : b.postings().entrySet()) {
                byPenalty.merge(x.getKey() + y.getKey(), (double) x.getValue() * y.getValue() / customers, Double::sum);
            }
        }
        double read = 0;
        for (double group : byPenalty.values()) {
            read += group;
            if (read >= wanted) {
                break;
            }
        }
        return read;
    }

    private static boolean disjoint(NameSearch.Tiers a, NameSearch.Tiers b) {
        Set<String> words = new HashSet<>();
        a.words().values().forEach(words::addAll);
        for (List<String> group : b.words().values()) {
            for (String word : group) {
                if (words.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }
}
