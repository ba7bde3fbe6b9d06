package org.custodian.core.search;

import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.SETTING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.custodian.core.names.NameIndex;
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

    private final Store store;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final NameIndex names;
    private final NameSearch byName;

    public SearchService(Store store, CustomerRepository customers, CustomerRecords records, NameIndex names,
                         NameVariants variants) {
        this(store, customers, records, names, variants, NameSearch.FIRST_READ, NameSearch.PAIR_COST);
    }

    /**
     * As the public constructor, reading posting lists {@code firstRead} rows at a time at first, and counting a
     * customer read through the name pair table as {@code pairCost} index rows (tests vary both: 0 always uses
     * the pair table where it can, infinity never).
     */
    SearchService(Store store, CustomerRepository customers, CustomerRecords records, NameIndex names,
                  NameVariants variants, int firstRead, double pairCost) {
        this.store = store;
        this.customers = customers;
        this.records = records;
        this.names = names;
        this.byName = new NameSearch(names, customers, variants, firstRead, pairCost);
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
        Ranked ranked = rank(dsl, query, limit, cancelled);
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
        if (!(query instanceof SearchQuery.Name)) {
            hits.sort(Comparator.comparing((SearchHit h) -> NameMatching.fold(h.fullName())).thenComparingLong(SearchHit::customerId));
        }
        boolean more = ranked.truncated || ranked.candidates.size() > limit;
        return new SearchResult(query.kind(), List.copyOf(hits), more, hits.isEmpty() ? "No customer matches." : null);
    }

    private Ranked rank(DSLContext dsl, SearchQuery query, int limit, BooleanSupplier cancelled) {
        if (query instanceof SearchQuery.Name name) {
            return byName.rank(dsl, name, limit, cancelled);
        }
        // a key matched by more customers than a page shows the first page found and says there are more
        int page = limit + 1;
        if (query instanceof SearchQuery.Phone phone) {
            return byKey(records.customersWithKey(dsl, ContactPoint.Kind.PHONE, phone.e164(), phone.complete(), page), limit,
                    cancelled);
        }
        if (query instanceof SearchQuery.Email email) {
            return byKey(records.customersWithKey(dsl, ContactPoint.Kind.EMAIL, email.key(), false, page), limit, cancelled);
        }
        if (query instanceof SearchQuery.Postcode postcode) {
            return byKey(customerIds(dsl, postcode.complete() ? CUSTOMER.POSTCODE_KEY.eq(postcode.key())
                    : CUSTOMER.POSTCODE_KEY.like(postcode.key() + "%"), page), limit, cancelled);
        }
        SearchQuery.Reference reference = (SearchQuery.Reference) query;
        return byKey(customerIds(dsl, CUSTOMER.REFERENCE.like(reference.prefix() + "%"), page), limit, cancelled);
    }

    private List<Long> customerIds(DSLContext dsl, Condition condition, int max) {
        return dsl.select(CUSTOMER.ID).from(CUSTOMER).where(condition).limit(max).fetch(CUSTOMER.ID);
    }

    /**
     * The customers a phone, email, postcode or reference matched, as its index found them; {@link #search} puts
     * the page in name order once its rows are read. Ranking every match by name first would read every matching
     * row (up to 500) to show 25 (ADR 0007).
     */
    private static Ranked byKey(List<Long> ids, int limit, BooleanSupplier cancelled) {
        checkCancelled(cancelled);
        return new Ranked(ids.stream().limit(limit).map(id -> new Candidate(id, "")).toList(), ids.size() > limit);
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

    static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("a newer search replaced this one");
        }
    }

    /** A customer to show, and why a loosely matching name was found (empty for a close match). */
    record Candidate(long customerId, String why) {
    }

    /** Candidates best first; {@code truncated} when the search stopped with matches unread. */
    record Ranked(List<Candidate> candidates, boolean truncated) {
    }
}
