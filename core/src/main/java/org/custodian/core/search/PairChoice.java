package org.custodian.core.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which two searched words to look up in the name pair table: the two expected to be held together by the fewest
 * customers (their postings multiplied, words taken as independent), whose candidate words do not overlap (the
 * table pairs two different words of a name, so "ann" searched twice cannot be answered from it). Pure.
 *
 * @param first  the candidate words of the searched word with fewer of them: one index range is read per word
 * @param second the other's candidate words
 */
record PairChoice(Set<String> first, Set<String> second) {

    /** The pair among {@code candidates} (each searched word's candidate words and their postings), if any. */
    static Optional<PairChoice> of(List<Map<String, Integer>> candidates) {
        PairChoice best = null;
        double fewest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                Map<String, Integer> a = candidates.get(i);
                Map<String, Integer> b = candidates.get(j);
                if (a.isEmpty() || b.isEmpty() || !Collections.disjoint(a.keySet(), b.keySet())) {
                    continue;
                }
                double together = (double) postings(a) * postings(b);
                if (together < fewest) {
                    fewest = together;
                    best = a.size() <= b.size() ? new PairChoice(a.keySet(), b.keySet()) : new PairChoice(b.keySet(), a.keySet());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static long postings(Map<String, Integer> words) {
        return words.values().stream().mapToLong(Integer::longValue).sum();
    }
}
