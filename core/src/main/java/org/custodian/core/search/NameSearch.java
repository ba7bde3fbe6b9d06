package org.custodian.core.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.names.MatchClass;
import org.custodian.core.names.NameIndex;
import org.custodian.core.names.NameMatcher;
import org.custodian.core.names.NameVariants;
import org.jooq.DSLContext;

/**
 * Ranks customers for a name query from the name index. One searched word drives the read: the one expected to
 * fill a page after the fewest index rows ({@link ReadEstimate}). Its postings are read best match class first
 * (the exact word, then words it starts, variants, sound-alikes, one letter out), a part at a time, and every name
 * read is scored against all searched words. Reading stops once more than a page of names ranks at least as high
 * as anything still unread could, so a common name costs a few hundred index rows instead of every posting
 * (ADR 0007).
 */
final class NameSearch {

    /** Most index rows one name search reads; past this the agent is asked to type more. */
    static final int ROWS_CAP = 20_000;
    /**
     * Rows of a posting list read at first; each further read of the same list reads twice as many (a name that
     * is rare alongside the others is read to the end in a few statements, while a page of common ones stops after
     * the first read or two).
     */
    static final int FIRST_READ = 500;
    /**
     * How much more a customer read through the name pair table costs than an index row read from the driving word
     * (two exact index reads against one step along a run: at a million customers about 0.06 ms against 0.01 ms).
     * The pair table is used when it is expected to cost less.
     */
    static final double PAIR_COST = 6;
    /** Most customers read through the pair table; past this the search reads from the driving word instead. */
    static final int PAIR_MAX = 1_000;
    /** Most pairs of candidate words looked up in one search (each is one short index read). */
    static final int PAIR_KEYS_MAX = 1_500;

    private final NameIndex names;
    private final CustomerCount customers;
    private final NameVariants variants;
    private final NameMatcher matcher;
    private final int firstRead;
    private final double pairCost;

    NameSearch(NameIndex names, CustomerRepository customers, NameVariants variants, int firstRead, double pairCost) {
        this.names = names;
        this.customers = new CustomerCount(customers);
        this.variants = variants;
        this.matcher = new NameMatcher(variants);
        this.firstRead = firstRead;
        this.pairCost = pairCost;
    }

    SearchService.Ranked rank(DSLContext dsl, SearchQuery.Name query, int limit, BooleanSupplier cancelled) {
        List<NameMatcher.WordMatches> words = new ArrayList<>();
        List<Tiers> searched = new ArrayList<>();
        List<Tiers> pairable = new ArrayList<>();
        for (String word : query.words()) {
            if (word.length() < 2) {
                words.add(matcher.matchesFor(word, false));
                continue; // an initial narrows the ranking; it is too common to start from
            }
            Map<String, Integer> found = names.candidates(dsl, word, variants);
            boolean wholeWord = found.containsKey(word);
            words.add(matcher.matchesFor(word, wholeWord));
            TreeMap<Integer, List<String>> byPenalty = new TreeMap<>();
            TreeMap<Integer, Long> postings = new TreeMap<>();
            for (Map.Entry<String, Integer> candidate : new TreeMap<>(found).entrySet()) {
                Optional<MatchClass> match = matcher.classify(word, candidate.getKey(), wholeWord);
                if (match.isPresent()) {
                    byPenalty.computeIfAbsent(match.get().penalty(), p -> new ArrayList<>()).add(candidate.getKey());
                    postings.merge(match.get().penalty(), (long) candidate.getValue(), Long::sum);
                }
            }
            if (byPenalty.isEmpty()) {
                return new SearchService.Ranked(List.of(), false); // every searched word must match
            }
            Tiers tiers = new Tiers(byPenalty, postings);
            searched.add(tiers);
            if (allPrefixesFound(word, found.keySet())) {
                pairable.add(tiers);
            }
            SearchService.checkCancelled(cancelled);
        }
        if (searched.isEmpty()) {
            return new SearchService.Ranked(List.of(), false);
        }
        long count = customers.count(dsl);
        Tiers driver = ReadEstimate.cheapest(searched, count, limit + 1, ROWS_CAP);
        List<Tiers> others = new ArrayList<>(searched);
        others.remove(driver);
        Map<Long, Scored> scored = new HashMap<>();
        double driverRows = ReadEstimate.rows(driver, others, Math.max(1, count), limit + 1, ROWS_CAP);
        Optional<PairChoice> pair = PairChoice.of(pairable, count, limit + 1)
                .filter(p -> pairCost * p.expected() <= driverRows);
        Optional<Boolean> stoppedEarly = pair.flatMap(p -> readPairs(dsl, p, searched, words, limit, scored, cancelled));
        if (stoppedEarly.isEmpty()) {
            scored.clear();
            stoppedEarly = Optional.of(read(dsl, driver, ReadEstimate.leastPenalty(others), words, limit, scored, cancelled));
        }
        List<Scored> ordered = new ArrayList<>(scored.values());
        ordered.sort(Comparator.comparing(Scored::score).thenComparing(Scored::folded).thenComparingLong(Scored::id));
        return new SearchService.Ranked(ordered.stream()
                .map(s -> new SearchService.Candidate(s.id, why(s.score.weakest()))).toList(), stoppedEarly.get());
    }

    /**
     * Reads the customers holding a match for both words of {@code pair} from the pair table into {@code scored},
     * pairs of candidate words in order of their penalties added, and stops as {@link #read} does: a name first
     * found in a group of penalty g scores at least g plus the least the other searched words can add. True when
     * it stopped with groups unread; empty when there were too many to read (then nothing is settled).
     */
    private Optional<Boolean> readPairs(DSLContext dsl, PairChoice pair, List<Tiers> searched,
                                        List<NameMatcher.WordMatches> words, int limit, Map<Long, Scored> scored,
                                        BooleanSupplier cancelled) {
        TreeMap<Integer, List<Map.Entry<String, String>>> groups = new TreeMap<>();
        int keys = 0;
        for (Map.Entry<Integer, List<String>> x : pair.first().words().entrySet()) {
            for (Map.Entry<Integer, List<String>> y : pair.second().words().entrySet()) {
                List<Map.Entry<String, String>> group = groups.computeIfAbsent(x.getKey() + y.getKey(), g -> new ArrayList<>());
                for (String a : x.getValue()) {
                    for (String b : y.getValue()) {
                        group.add(Map.entry(a, b));
                        keys++;
                    }
                }
            }
        }
        if (keys > PAIR_KEYS_MAX) {
            return Optional.empty();
        }
        List<Tiers> others = new ArrayList<>(searched);
        others.remove(pair.first());
        others.remove(pair.second());
        int othersAtLeast = ReadEstimate.leastPenalty(others);
        int read = 0;
        for (Map.Entry<Integer, List<Map.Entry<String, String>>> group : groups.entrySet()) {
            Optional<List<NameIndex.Posting>> found = names.pairPostings(dsl, group.getValue(), PAIR_MAX - read);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            read += found.get().size();
            found.get().forEach(p -> score(words, p, scored));
            SearchService.checkCancelled(cancelled);
            if (atLeast(scored.values(), group.getKey() + othersAtLeast, limit + 1)) {
                return Optional.of(!group.getKey().equals(groups.lastKey()));
            }
        }
        return Optional.of(false);
    }

    /**
     * Reads the driver's postings into {@code scored}, best class first; true when it stopped with postings unread.
     * A name first read in a class of penalty p scores at least p (its best match for the driving word is that
     * class) plus {@code othersAtLeast} (each other searched word's best class in the vocabulary: "grahma" matches
     * nothing closer than one letter out), so once more than {@code limit} names score that or less, nothing unread
     * can rank above the page.
     */
    private boolean read(DSLContext dsl, Tiers driver, int othersAtLeast, List<NameMatcher.WordMatches> words, int limit,
                         Map<Long, Scored> scored, BooleanSupplier cancelled) {
        int read = 0;
        for (Map.Entry<Integer, List<String>> tier : driver.words().entrySet()) {
            for (String word : tier.getValue()) {
                long after = Long.MIN_VALUE;
                int want = firstRead;
                while (true) {
                    int max = Math.min(want, ROWS_CAP - read);
                    if (max <= 0) {
                        return true;
                    }
                    List<NameIndex.Posting> postings = names.postings(dsl, word, after, max);
                    read += postings.size();
                    for (NameIndex.Posting p : postings) {
                        score(words, p, scored);
                    }
                    SearchService.checkCancelled(cancelled);
                    if (atLeast(scored.values(), tier.getKey() + othersAtLeast, limit + 1)) {
                        return true;
                    }
                    if (postings.size() < max) {
                        break;
                    }
                    after = postings.get(postings.size() - 1).customerId();
                    want *= 2;
                }
            }
        }
        return false;
    }

    private void score(List<NameMatcher.WordMatches> words, NameIndex.Posting p, Map<Long, Scored> scored) {
        if (!scored.containsKey(p.customerId())) {
            matcher.score(words, p.foldedName())
                    .ifPresent(s -> scored.put(p.customerId(), new Scored(p.customerId(), p.foldedName(), s)));
        }
    }

    /**
     * True when {@code found} holds every vocabulary word {@code searched} starts (the vocabulary read takes at
     * most {@link NameIndex#PREFIX_WORDS} of them): only then can the pair table stand in for reading postings.
     */
    private static boolean allPrefixesFound(String searched, Set<String> found) {
        return found.stream().filter(w -> w.startsWith(searched)).count() < NameIndex.PREFIX_WORDS;
    }

    private static boolean atLeast(Collection<Scored> scored, int penalty, int count) {
        int n = 0;
        for (Scored s : scored) {
            if (s.score.penalty() <= penalty && ++n >= count) {
                return true;
            }
        }
        return false;
    }

    private static String why(MatchClass weakest) {
        return switch (weakest) {
            case EXACT, PREFIX, INITIAL -> "";
            default -> weakest.label();
        };
    }

    /**
     * How one searched word can be matched: the vocabulary words that match it, grouped by the penalty of their
     * match class, and how many postings each group holds.
     */
    record Tiers(TreeMap<Integer, List<String>> words, TreeMap<Integer, Long> postings) {
    }

    private record Scored(long id, String folded, NameMatcher.Score score) {
    }
}
