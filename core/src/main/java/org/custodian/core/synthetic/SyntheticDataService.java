package org.custodian.core.synthetic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRecords.NewContactPoint;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.customers.CustomerRepository.NewCustomer;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.Store;
import org.jooq.DSLContext;

/**
 * Fills a store with fictional customers ({@link SyntheticCustomers}) for demonstrations, training and load
 * tests. Team leads only. Customers are written through the same repositories as an intake, so row MACs,
 * search keys and the name index are exactly what a saved intake has, in transactions of 20,000; each
 * transaction also appends one {@link EventAction#SYNTHETIC_CUSTOMERS_GENERATED} event with counts only, so every
 * synthetic row in the store is accounted for in the audit log even if the run is cancelled or the machine stops.
 */
public final class SyntheticDataService {

    public static final int MAX_COUNT = 2_000_000;
    public static final String COUNT_FIELD = "Number of customers";
    /**
     * Rows per transaction. Each transaction rewrites most pages of the random-keyed indexes (reference, postcode,
     * date of birth, contact values) once, so larger ones cost less per customer: at 300,000 customers 20,000 per
     * transaction wrote 2,300 a second where 5,000 wrote 1,600. A transaction holds the store's write lock (some
     * seconds at a million customers), and a cancel waits for it.
     */
    static final int DEFAULT_BATCH = 20_000;

    private final Store store;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final EventLog events;
    private final Clock clock;
    private final int batchSize;

    public SyntheticDataService(Store store, CustomerRepository customers, CustomerRecords records, EventLog events,
                                Clock clock) {
        this(store, customers, records, events, clock, DEFAULT_BATCH);
    }

    SyntheticDataService(Store store, CustomerRepository customers, CustomerRecords records, EventLog events,
                         Clock clock, int batchSize) {
        this.store = store;
        this.customers = customers;
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Writes {@code count} synthetic customers drawn from {@code seed}. {@code cancelled} is polled between
     * transactions: what was committed stays, and the result says how many that is. {@code progress} hears after
     * each commit, on the calling thread.
     */
    public SyntheticRun generate(Session session, int count, long seed, ProgressListener progress, BooleanSupplier cancelled) {
        session.require(Role.TEAM_LEAD, "generate synthetic customers");
        checkCount(count);
        SyntheticCustomers people = new SyntheticCustomers(seed, LocalDate.now(clock));
        int written = 0;
        progress.progressed(0, count);
        while (written < count) {
            if (cancelled.getAsBoolean()) {
                return new SyntheticRun(count, written, true);
            }
            List<SyntheticCustomer> batch = people.next(Math.min(batchSize, count - written));
            int before = written;
            store.write(tx -> {
                save(tx, session, batch);
                events.append(tx, EventDraft.of(session.userId(), EventAction.SYNTHETIC_CUSTOMERS_GENERATED,
                        Map.of("count", Integer.toString(batch.size()), "total", Integer.toString(before + batch.size()),
                                "requested", Integer.toString(count), "seed", Long.toString(seed))));
                return null;
            });
            written += batch.size();
            progress.progressed(written, count);
        }
        return new SyntheticRun(count, written, false);
    }

    /** Refuses a number of customers outside 1 to 2,000,000 (a screen or command can ask before signing in). */
    public static void checkCount(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException(new Violation(COUNT_FIELD, "synthetic.count",
                    COUNT_FIELD + ": choose between 1 and 2,000,000.", "house"));
        }
    }

    private void save(DSLContext tx, Session session, List<SyntheticCustomer> batch) {
        Instant now = clock.instant();
        List<String> references = customers.freshReferences(tx, batch.size());
        List<NewCustomer> drafts = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            SyntheticCustomer c = batch.get(i);
            drafts.add(new NewCustomer(references.get(i), c.fullName(), c.dateOfBirth(), c.postcode(), c.address()));
        }
        List<Customer> saved = customers.insertAll(tx, drafts, now, session.userId());
        List<NewContactPoint> points = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            long id = saved.get(i).id();
            batch.get(i).phones().forEach(phone -> points.add(new NewContactPoint(id, ContactPoint.Kind.PHONE, phone)));
            if (batch.get(i).email() != null) {
                points.add(new NewContactPoint(id, ContactPoint.Kind.EMAIL, batch.get(i).email()));
            }
        }
        records.addContactPoints(tx, points, now);
    }
}
