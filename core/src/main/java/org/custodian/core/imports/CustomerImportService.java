package org.custodian.core.imports;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.progress.Progress;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.store.Store;
import org.jooq.DSLContext;

/**
 * Imports an existing customer list from CSV (team leads). Every row is checked first (the file's shape, intake's
 * validators, duplicates within the file, then each {@link ImportCheck} against the store); only a file with no
 * problem at all is imported, in one transaction, so a file is either wholly in the store or not at all. Each
 * customer is written as intake writes one (same repositories: row MACs, search keys, name index) with a
 * {@link EventAction#CUSTOMER_CREATED} and {@link EventAction#CONTACT_POINT_ADDED} events under the purpose
 * chosen for the import, and one {@link EventAction#CUSTOMERS_IMPORTED} event with the counts and lawful basis.
 */
public final class CustomerImportService {

    /**
     * Customers per batch inside the one transaction; progress and the stop are checked between batches. 20,000
     * (the synthetic service's size) was no faster for 100,000 rows (738 against 747 rows a second, both on a
     * loaded machine), and smaller batches move the progress bar more often.
     */
    static final int BATCH = 5_000;
    private final Store store;
    private final ScriptCatalogue catalogue;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final EventLog events;
    private final Clock clock;
    private final List<ImportCheck> checks;
    private final int batchSize;

    public CustomerImportService(Store store, ScriptCatalogue catalogue, CustomerRepository customers,
                                 CustomerRecords records, EventLog events, Clock clock, List<ImportCheck> checks) {
        this(store, catalogue, customers, records, events, clock, checks, BATCH);
    }

    CustomerImportService(Store store, ScriptCatalogue catalogue, CustomerRepository customers, CustomerRecords records,
                          EventLog events, Clock clock, List<ImportCheck> checks, int batchSize) {
        this.store = store;
        this.catalogue = catalogue;
        this.customers = customers;
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.checks = List.copyOf(checks);
        this.batchSize = batchSize;
    }

    /** The purposes a list may be imported for: those whose basis a file can carry (not consent). */
    public List<Purpose> purposes() {
        return catalogue.purposes().values().stream().filter(p -> !p.needsConsent())
                .sorted(java.util.Comparator.comparing(Purpose::name)).toList();
    }

    /** Checks a file without importing it. {@code progress} hears rows checked. */
    public ImportReport check(Session session, Reader csv, String purposeCode, Progress progress) {
        session.require(Role.TEAM_LEAD, "import customers");
        Purpose purpose = purpose(purposeCode);
        CsvCustomerFile file = CsvCustomerFile.read(csv);
        Checked checked = checkAll(store.dsl(), file, purpose, progress, file.rows().size());
        return new ImportReport(file.rows().size(), 0, checked.problems(), false);
    }

    /**
     * Checks and, when nothing is wrong, imports the file. The store's write lock is held from the checks to the
     * commit, so nothing saved meanwhile can slip past them. {@code cancelled} is polled between batches; a cancel
     * rolls everything back. {@code progress} runs from 0 to twice the rows: checking, then writing.
     */
    public ImportReport importFile(Session session, Reader csv, String purposeCode, Progress progress,
                                   BooleanSupplier cancelled) {
        session.require(Role.TEAM_LEAD, "import customers");
        Purpose purpose = purpose(purposeCode);
        CsvCustomerFile file = CsvCustomerFile.read(csv);
        int rows = file.rows().size();
        try {
            return store.write(tx -> {
                Checked checked = checkAll(tx, file, purpose, progress, 2L * rows);
                if (!checked.problems().isEmpty() || rows == 0) {
                    return new ImportReport(rows, 0, checked.problems(), false);
                }
                write(tx, session, purpose, checked.candidates(), progress, cancelled);
                events.append(tx, new EventDraft(session.userId(), EventAction.CUSTOMERS_IMPORTED, purpose.code(), null,
                        Map.of("rows", Integer.toString(rows), "basis", purpose.basis().name()), null));
                return new ImportReport(rows, rows, List.of(), false);
            });
        } catch (Cancelled e) {
            return new ImportReport(rows, 0, List.of(), true);
        }
    }

    private Purpose purpose(String code) {
        Purpose purpose = code == null ? null : catalogue.purposes().get(code);
        if (purpose == null) {
            throw new InvalidInputException(new Violation("Purpose", "import.purpose",
                    "Purpose: choose the purpose these customers' details were collected for.", "UK GDPR Art 5(1)(b)"));
        }
        return purpose;
    }

    private record Checked(List<ImportCandidate> candidates, List<ImportProblem> problems) {
    }

    private Checked checkAll(DSLContext dsl, CsvCustomerFile file, Purpose purpose, Progress progress, long total) {
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        Set<ImportColumn> columns = EnumSet.noneOf(ImportColumn.class);
        file.headers().forEach(h -> ImportColumn.forHeader(h).ifPresent(columns::add));
        problems.addAll(ImportRules.purposeProblems(purpose, columns));
        LocalDate today = LocalDate.now(clock);
        FileDuplicates duplicates = new FileDuplicates();
        List<ImportCandidate> candidates = new ArrayList<>(file.rows().size());
        int done = 0;
        for (ImportRow row : file.rows()) {
            ImportRules.RowVerdict verdict = ImportRules.check(row, today);
            if (verdict instanceof ImportRules.RowVerdict.Refused refused) {
                problems.addAll(refused.problems());
            } else {
                ImportCandidate candidate = ((ImportRules.RowVerdict.Accepted) verdict).candidate();
                List<ImportProblem> found = new ArrayList<>(duplicates.check(candidate));
                for (ImportCheck check : checks) {
                    found.addAll(check.check(dsl, candidate));
                }
                problems.addAll(found);
                candidates.add(candidate);
            }
            if (++done % 1_000 == 0) {
                progress.at(done, total);
            }
        }
        progress.at(done, total);
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Checked(candidates, problems);
    }

    private void write(DSLContext tx, Session session, Purpose purpose, List<ImportCandidate> all, Progress progress,
                       BooleanSupplier cancelled) {
        Instant now = clock.instant();
        for (int from = 0; from < all.size(); from += batchSize) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            List<ImportCandidate> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            List<String> references = customers.freshReferences(tx, batch.size());
            List<NewCustomer> drafts = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                ImportCandidate c = batch.get(i);
                drafts.add(new NewCustomer(references.get(i), c.fullName(), c.dateOfBirth(), c.postcode(), c.address()));
            }
            List<Customer> saved = customers.insertAll(tx, drafts, now, session.userId());
            List<NewContactPoint> points = new ArrayList<>();
            List<EventDraft> log = new ArrayList<>();
            Map<String, String> created = Map.of("via", "import", "basis", purpose.basis().name());
            for (int i = 0; i < batch.size(); i++) {
                long id = saved.get(i).id();
                String subject = store.subjectKeys().forCustomer(id);
                log.add(new EventDraft(session.userId(), EventAction.CUSTOMER_CREATED, purpose.code(), subject, created, null));
                contact(points, log, session, id, subject, ContactPoint.Kind.PHONE, batch.get(i).phone());
                contact(points, log, session, id, subject, ContactPoint.Kind.EMAIL, batch.get(i).email());
            }
            records.addContactPoints(tx, points, now);
            events.appendAll(tx, log);
            progress.at(all.size() + from + batch.size(), 2L * all.size());
        }
    }

    private static void contact(List<NewContactPoint> points, List<EventDraft> log, Session session, long id, String subject,
                                ContactPoint.Kind kind, String value) {
        if (value != null) {
            points.add(new NewContactPoint(id, kind, value));
            log.add(new EventDraft(session.userId(), EventAction.CONTACT_POINT_ADDED, null, subject,
                    Map.of("kind", kind.name()), null));
        }
    }

    /** A cancel mid-write: thrown inside the transaction so all of it rolls back. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }
}
