package org.custodian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.search.SearchResult;
import org.custodian.core.search.SearchService;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.synthetic.SyntheticCustomer;
import org.custodian.core.synthetic.SyntheticCustomers;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Issue 4's figures: a fresh encrypted store seeded with {@code bench.customers} synthetic customers (a million
 * unless told otherwise) through the synthetic-data service, then searches as agents type them, timed one by one
 * through {@link SearchService#search} after a warm-up. The people searched for are drawn from the same seeded
 * sequence the store was filled from, so every query names someone who is there.
 *
 * <p>{@code bench.store} names a directory to keep the seeded store in: if it already holds a store this bench
 * seeded (with the same number of customers), that store is unlocked and searched without seeding again, so query
 * changes can be timed in minutes rather than after a quarter of an hour of seeding. Unset, the store goes in a
 * temporary directory deleted at the end.
 */
final class SearchBench {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    private static final int PER_KIND = Integer.getInteger("bench.queries", 600);
    private static final int WARM_UP = 300;
    private static final long SEED = 4;
    private static final int POOL = 20_000;
    private static final String KEPT_STORE = System.getProperty("bench.store", "");
    /** Written beside a kept store once seeding finished: what was seeded, so queries replay the same people. */
    private static final String SEEDED_MARKER = "bench-seeded.properties";

    private SearchBench() {
    }

    static void run() throws Exception {
        boolean keep = !KEPT_STORE.isBlank();
        Path dir = keep ? Files.createDirectories(Path.of(KEPT_STORE)) : Files.createTempDirectory("custodian-bench-search-");
        Path marker = dir.resolve(SEEDED_MARKER);
        boolean reuse = keep && Files.exists(marker);
        LocalDate seededDay = reuse ? seededOn(marker) : null;
        Clock clock = Clock.systemUTC();
        Custodian custodian = new Custodian(DataDirectory.at(dir), clock);
        try (Workspace ws = reuse ? custodian.logIn(Bench.USER, Passphrase.copyOf(Bench.PASSWORD))
                : custodian.setUp(Bench.USER, "Bench Lead", Passphrase.copyOf(Bench.PASSWORD))) {
            LocalDate today = reuse ? seededDay : seed(ws, clock, dir);
            if (reuse) {
                Bench.say("seed: reusing the store in " + dir + " (" + CUSTOMERS + " synthetic customers seeded " + today
                        + "; store file " + Files.size(dir.resolve("custodian.mv.db")) / 1_000_000 + " MB)");
            } else if (keep) {
                Properties seeded = new Properties();
                seeded.setProperty("customers", Integer.toString(CUSTOMERS));
                seeded.setProperty("seed", Long.toString(SEED));
                seeded.setProperty("day", today.toString());
                try (var out = Files.newBufferedWriter(marker)) {
                    seeded.store(out, "seeded by the search bench; delete this directory to seed again");
                }
            }
            List<SearchQueries.Query> queries = queries(pool(today));
            for (SearchQueries.Query q : queries.subList(0, WARM_UP / 3 * 3)) {
                ws.search().search(ws.session(), q.typed(), SearchService.DEFAULT_LIMIT, () -> false);
            }
            Map<SearchQueries.Kind, List<Double>> ms = new EnumMap<>(SearchQueries.Kind.class);
            Map<String, List<Double>> byStyle = new TreeMap<>();
            Map<SearchQueries.Kind, int[]> outcomes = new EnumMap<>(SearchQueries.Kind.class);
            for (SearchQueries.Query q : queries.subList(WARM_UP / 3 * 3, queries.size())) {
                long t = System.nanoTime();
                SearchResult result = ws.search().search(ws.session(), q.typed(), SearchService.DEFAULT_LIMIT, () -> false);
                double took = (System.nanoTime() - t) / 1e6;
                ms.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(took);
                byStyle.computeIfAbsent(q.kind().name().toLowerCase(Locale.ROOT) + ", " + q.style(), k -> new ArrayList<>()).add(took);
                int[] o = outcomes.computeIfAbsent(q.kind(), k -> new int[3]);
                o[0] += result.hits().isEmpty() ? 0 : 1;
                o[1] += result.more() ? 1 : 0;
                o[2] += result.kind().name().equals(q.kind().name()) ? 1 : 0;
            }
            report(ms, outcomes);
            // where a slow percentile comes from
            byStyle.forEach((style, samples) -> Bench.say(style + ": " + samples.size() + " searches, p50 "
                    + oneDecimal(IntakeBench.percentile(samples, 50)) + " ms, p95 " + oneDecimal(IntakeBench.percentile(samples, 95)) + " ms"));
        } finally {
            if (!keep) {
                deleteRecursively(dir);
            }
        }
    }

    /** Fills the fresh store; returns the day the synthetic people were generated for (dates of birth hang on it). */
    private static LocalDate seed(Workspace ws, Clock clock, Path dir) throws IOException {
        LocalDate today = LocalDate.now(clock);
        long start = System.nanoTime();
        ws.synthetic().generate(ws.session(), CUSTOMERS, SEED, (done, total) -> {
            if (done > 0 && done % 100_000 == 0 && done < total) {
                Bench.say("seeded " + done + " customers, " + Math.round(done / ((System.nanoTime() - start) / 1e9)) + "/s so far");
            }
        }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        Bench.say("seed: " + CUSTOMERS + " synthetic customers written through the synthetic-data service in "
                + Math.round(seconds) + " s (transactions of 20,000 with their name index, contact points and one event"
                + " each; store file " + Files.size(dir.resolve("custodian.mv.db")) / 1_000_000 + " MB)");
        Bench.figure("seed_customers_per_s", CUSTOMERS / seconds, "customers/s");
        return today;
    }

    /** The day a kept store was seeded for, after checking it holds what this run would have seeded. */
    private static LocalDate seededOn(Path marker) throws IOException {
        Properties seeded = new Properties();
        try (var in = Files.newBufferedReader(marker)) {
            seeded.load(in);
        }
        if (!Integer.toString(CUSTOMERS).equals(seeded.getProperty("customers")) || !Long.toString(SEED).equals(seeded.getProperty("seed"))) {
            throw new IllegalStateException("bench.store holds " + seeded.getProperty("customers") + " customers from seed "
                    + seeded.getProperty("seed") + ", not " + CUSTOMERS + " from seed " + SEED + ": delete it or name another directory");
        }
        return LocalDate.parse(seeded.getProperty("day"));
    }

    /** A random sample of the seeded customers, regenerated from the seed rather than read back. */
    private static List<SyntheticCustomer> pool(LocalDate today) {
        Random random = new Random(SEED);
        TreeSet<Integer> picks = new TreeSet<>();
        while (picks.size() < Math.min(POOL, CUSTOMERS)) {
            picks.add(random.nextInt(CUSTOMERS));
        }
        SyntheticCustomers replay = new SyntheticCustomers(SEED, today);
        List<SyntheticCustomer> pool = new ArrayList<>(picks.size());
        for (int i = 0; i <= picks.last(); i++) {
            SyntheticCustomer c = replay.next();
            if (picks.contains(i)) {
                pool.add(c);
            }
        }
        return pool;
    }

    /**
     * {@code WARM_UP} queries, then {@code PER_KIND} of each kind spread evenly over its styles, each part shuffled so
     * the kinds interleave as they would at a call centre.
     */
    private static List<SearchQueries.Query> queries(List<SyntheticCustomer> pool) {
        SearchQueries typing = new SearchQueries(SEED);
        Random random = new Random(SEED + 1);
        List<SearchQueries.Query> warmUp = new ArrayList<>();
        List<SearchQueries.Query> measured = new ArrayList<>();
        for (SearchQueries.Kind kind : SearchQueries.Kind.values()) {
            int styles = SearchQueries.styles(kind);
            for (int i = 0; i < WARM_UP / 3 + PER_KIND; i++) {
                SearchQueries.Query q = null;
                while (q == null) {
                    SyntheticCustomer c = pool.get(random.nextInt(pool.size()));
                    q = switch (kind) {
                        case NAME -> typing.name(c, i % styles);
                        case PHONE -> typing.phone(c, i % styles);
                        case POSTCODE -> typing.postcode(c, i % styles);
                    };
                }
                (i < WARM_UP / 3 ? warmUp : measured).add(q);
            }
        }
        Collections.shuffle(warmUp, random);
        Collections.shuffle(measured, random);
        List<SearchQueries.Query> all = new ArrayList<>(warmUp);
        all.addAll(measured);
        return all;
    }

    private static void report(Map<SearchQueries.Kind, List<Double>> ms, Map<SearchQueries.Kind, int[]> outcomes) {
        Bench.say("search: " + ms.values().stream().mapToInt(List::size).sum() + " searches through SearchService.search"
                + " (limit " + SearchService.DEFAULT_LIMIT + ", every shown hit read back with its MAC verified), one at a time,"
                + " kinds shuffled together, after " + WARM_UP + " warm-up searches; each timed from typed text to result");
        for (SearchQueries.Kind kind : SearchQueries.Kind.values()) {
            List<Double> samples = ms.getOrDefault(kind, List.of());
            if (samples.isEmpty()) {
                continue;
            }
            String name = kind.name().toLowerCase(Locale.ROOT);
            int[] o = outcomes.get(kind);
            Bench.say(name + ": " + samples.size() + " searches (" + styles(kind) + "); recognised as a " + name + " "
                    + o[2] + ", with hits " + o[0] + ", more than a page " + o[1] + "; p50 "
                    + oneDecimal(IntakeBench.percentile(samples, 50)) + " ms, p95 " + oneDecimal(IntakeBench.percentile(samples, 95))
                    + " ms, p99 " + oneDecimal(IntakeBench.percentile(samples, 99)) + " ms, max " + oneDecimal(Collections.max(samples)) + " ms");
            for (int p : new int[] {50, 95, 99}) {
                Bench.figure("search_" + name + "_p" + p + "_ms", IntakeBench.percentile(samples, p), "ms");
            }
        }
    }

    private static String styles(SearchQueries.Kind kind) {
        return switch (kind) {
            case NAME -> "full name; first and last; surname only; first and last with one typo; a short form or variant"
                    + " such as Steve for Stephen; accents left off or all lower case";
            case PHONE -> "07700 900123; +44 7700 900123; 07700900123 or 01134960123; 0044 7700 900 123; (0113) 496 0123";
            case POSTCODE -> "with the space; without it; lower case; the outward code alone";
        };
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
