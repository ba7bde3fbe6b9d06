package org.custodian.core.search;

import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.SETTING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.gdpr.Masking;
import org.custodian.core.names.MatchClass;
import org.custodian.core.names.NameIndex;
import org.custodian.core.names.NameMatcher;
import org.custodian.core.names.NameMatching;
import org.custodian.core.names.NameVariants;
import org.custodian.core.store.Store;
import org.custodian.core.validation.Phones;
import org.custodian.core.validation.Postcodes;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Finds customers as the agent types: by name (any order, accents and case ignored, name variants, sounds-like and
 * one typo), phone in any format, postcode with or without its space, email, or customer reference. Results are
 * ranked by closeness and show only enough to pick the right person. Searching reads nothing beyond that and is
 * not an event; opening a record is (see {@link org.custodian.core.records.RecordService}).
 */
public final class SearchService {

    public static final int DEFAULT_LIMIT = 25;
    private static final String INDEX_SETTING = "name_index_version";
    private static final String INDEX_VERSION = "1";
    /** Most index rows one name search reads; past this the agent is asked to type more. */
    static final int NAME_ROWS_CAP = 20_000;
    /** Most customers one phone, email, postcode or reference search ranks. */
    static final int KEY_CAP = 500;

    private final Store store;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final NameIndex names;
    private final NameMatcher matcher;
    private final NameVariants variants;

    public SearchService(Store store, CustomerRepository customers, CustomerRecords records, NameIndex names,
                         NameVariants variants) {
        this.store = store;
        this.customers = customers;
        this.records = records;
        this.names = names;
        this.variants = variants;
        this.matcher = new NameMatcher(variants);
    }

    /**
     * Indexes the names of customers saved before the search index existed (stores from before V3). Runs once; a
     * setting remembers that it has.
     */
    public void ensureIndexed() {
        if (INDEX_VERSION.equals(store.dsl().select(SETTING.VAL).from(SETTING).where(SETTING.NAME.eq(INDEX_SETTING)).fetchOne(SETTING.VAL))) {
            return;
        }
        store.write(tx -> {
            tx.select(CUSTOMER.ID, CUSTOMER.FULL_NAME).from(CUSTOMER).fetch().forEach(r -> {
                if (!names.holds(tx, r.value1())) {
                    names.add(tx, r.value1(), r.value2());
                }
            });
            tx.insertInto(SETTING).set(SETTING.NAME, INDEX_SETTING).set(SETTING.VAL, INDEX_VERSION).execute();
            return null;
        });
    }

    public SearchResult search(Session session, String typed) {
        return search(session, typed, DEFAULT_LIMIT, () -> false);
    }

    /**
     * Runs one search. {@code cancelled} is polled between steps: a newer keystroke makes it true, and this
     * throws {@link CancellationException} instead of finishing work nobody will see. (Never interrupt the
     * thread instead: H2 closes its file when a thread is interrupted during a read.)
     */
    public SearchResult search(Session session, String typed, int limit, BooleanSupplier cancelled) {
        Objects.requireNonNull(session, "session");
        SearchQuery query = SearchQuery.parse(typed);
        DSLContext dsl = store.dsl();
        if (query instanceof SearchQuery.Incomplete incomplete) {
            return SearchResult.incomplete(incomplete.hint());
        }
        Ranked ranked = rank(dsl, query, cancelled);
        checkCancelled(cancelled);
        List<Candidate> page = ranked.candidates.subList(0, Math.min(limit, ranked.candidates.size()));
        List<Long> ids = page.stream().map(Candidate::customerId).toList();
        // the page in two reads (rows, then their contact points), both MAC-verified, not two reads per row
        Map<Long, Customer> rows = new HashMap<>();
        Map<Long, List<ContactPoint>> points = Map.of();
        if (!ids.isEmpty()) {
            customers.findWhere(dsl, CUSTOMER.ID.in(ids), ids.size()).forEach(c -> rows.put(c.id(), c));
            points = records.contactPoints(dsl, ids);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate c : page) {
            Customer customer = rows.get(c.customerId);
            if (customer != null) {
                hits.add(hit(customer, points.getOrDefault(customer.id(), List.of()), c.why, query));
            }
        }
        boolean more = ranked.truncated || ranked.candidates.size() > limit;
        return new SearchResult(query.kind(), List.copyOf(hits), more, hits.isEmpty() ? "No customer matches." : null);
    }

    private Ranked rank(DSLContext dsl, SearchQuery query, BooleanSupplier cancelled) {
        if (query instanceof SearchQuery.Name name) {
            return byName(dsl, name, cancelled);
        }
        if (query instanceof SearchQuery.Phone phone) {
            return byKey(dsl, records.customersWithKey(dsl, ContactPoint.Kind.PHONE, phone.e164(), phone.complete(), KEY_CAP + 1),
                    cancelled);
        }
        if (query instanceof SearchQuery.Email email) {
            return byKey(dsl, records.customersWithKey(dsl, ContactPoint.Kind.EMAIL, email.key(), false, KEY_CAP + 1), cancelled);
        }
        if (query instanceof SearchQuery.Postcode postcode) {
            return byKey(dsl, customerIds(dsl, postcode.complete() ? CUSTOMER.POSTCODE_KEY.eq(postcode.key())
                    : CUSTOMER.POSTCODE_KEY.like(postcode.key() + "%")), cancelled);
        }
        SearchQuery.Reference reference = (SearchQuery.Reference) query;
        return byKey(dsl, customerIds(dsl, CUSTOMER.REFERENCE.like(reference.prefix() + "%")), cancelled);
    }

    private Ranked byName(DSLContext dsl, SearchQuery.Name query, BooleanSupplier cancelled) {
        List<NameMatcher.WordMatches> words = new ArrayList<>();
        String driver = null;
        Map<String, Integer> driverWords = Map.of();
        long driverPostings = Long.MAX_VALUE;
        for (String word : query.words()) {
            if (word.length() < 2) {
                words.add(matcher.matchesFor(word, false));
                continue; // an initial narrows the ranking; it is too common to start from
            }
            Map<String, Integer> found = names.candidates(dsl, word, variants);
            boolean wholeWord = found.containsKey(word);
            words.add(matcher.matchesFor(word, wholeWord));
            Map<String, Integer> candidates = new HashMap<>();
            found.forEach((w, postings) -> {
                if (matcher.classify(word, w, wholeWord).isPresent()) {
                    candidates.put(w, postings);
                }
            });
            long total = candidates.values().stream().mapToLong(Integer::longValue).sum();
            if (total < driverPostings) {
                driver = word;
                driverWords = candidates;
                driverPostings = total;
            }
            checkCancelled(cancelled);
        }
        if (driver == null || driverWords.isEmpty()) {
            return new Ranked(List.of(), false);
        }
        List<NameIndex.Posting> postings = names.postings(dsl, driverWords.keySet(), NAME_ROWS_CAP + 1);
        checkCancelled(cancelled);
        boolean truncated = postings.size() > NAME_ROWS_CAP;
        Map<Long, Scored> scored = new LinkedHashMap<>();
        for (NameIndex.Posting p : postings) {
            if (!scored.containsKey(p.customerId())) {
                matcher.score(words, p.foldedName()).ifPresent(s -> scored.put(p.customerId(), new Scored(p.customerId(), p.foldedName(), s)));
            }
        }
        List<Scored> ordered = new ArrayList<>(scored.values());
        ordered.sort(Comparator.comparing(Scored::score).thenComparing(Scored::folded).thenComparingLong(Scored::id));
        return new Ranked(ordered.stream().map(s -> new Candidate(s.id, why(s.score.weakest()))).toList(), truncated);
    }

    private static String why(MatchClass weakest) {
        return switch (weakest) {
            case EXACT, PREFIX, INITIAL -> "";
            default -> weakest.label();
        };
    }

    private List<Long> customerIds(DSLContext dsl, Condition condition) {
        return dsl.select(CUSTOMER.ID).from(CUSTOMER).where(condition).limit(KEY_CAP + 1).fetch(CUSTOMER.ID);
    }

    /** Ranks the customers a phone, email, postcode or reference matched by name, as the list reads best. */
    private Ranked byKey(DSLContext dsl, List<Long> ids, BooleanSupplier cancelled) {
        checkCancelled(cancelled);
        boolean truncated = ids.size() > KEY_CAP;
        List<Long> kept = truncated ? ids.subList(0, KEY_CAP) : ids;
        if (kept.isEmpty()) {
            return new Ranked(List.of(), false);
        }
        List<Scored> named = new ArrayList<>();
        customers.namesWhere(dsl, CUSTOMER.ID.in(kept), KEY_CAP)
                .forEach(r -> named.add(new Scored(r.value1(), NameMatching.fold(r.value2()), null)));
        named.sort(Comparator.comparing(Scored::folded).thenComparingLong(Scored::id));
        return new Ranked(named.stream().map(s -> new Candidate(s.id, "")).toList(), truncated);
    }

    private static SearchHit hit(Customer customer, List<ContactPoint> points, String why, SearchQuery query) {
        List<ContactPoint> phones = points.stream()
                .filter(p -> p.kind() == ContactPoint.Kind.PHONE).toList();
        String shownPhone = phones.stream()
                .filter(p -> query instanceof SearchQuery.Phone phone && p.value().startsWith(phone.e164()))
                .findFirst().or(() -> phones.stream().reduce((first, second) -> second))
                .map(p -> Masking.phone(Phones.display(p.value()))).orElse("");
        return new SearchHit(customer.id(), customer.reference(), customer.fullName(),
                customer.postcode() == null ? "" : Postcodes.outward(customer.postcode()), shownPhone, why);
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("a newer search replaced this one");
        }
    }

    private record Candidate(long customerId, String why) {
    }

    private record Scored(long id, String folded, NameMatcher.Score score) {
    }

    private record Ranked(List<Candidate> candidates, boolean truncated) {
    }
}
