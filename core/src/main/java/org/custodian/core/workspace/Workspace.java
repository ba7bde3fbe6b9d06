package org.custodian.core.workspace;

import org.custodian.core.backup.BackupService;
import org.custodian.core.exports.ExportService;
import org.custodian.core.imports.CustomerImportService;
import org.custodian.core.imports.ExistingCustomerCheck;
import org.custodian.core.imports.SuppressedPersonCheck;
import org.custodian.core.retention.RetentionService;
import org.custodian.core.supply.CallLogService;
import org.custodian.core.supply.CallerCheckService;
import org.custodian.core.supply.SupplyRepository;
import org.custodian.core.supply.SupplyService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.errors.AccountLockedException;
import org.custodian.core.audit.AuditKeysService;
import org.custodian.core.audit.AuditPackService;
import org.custodian.core.audit.AuditService;
import org.custodian.core.audit.keys.StoreSigningKey;
import org.custodian.core.audit.keys.TeamLeadKeyRepository;
import org.custodian.core.audit.pack.PackExporter;
import org.custodian.core.audit.review.ReviewResultRepository;
import org.custodian.core.auth.LockoutPolicy;
import org.custodian.core.auth.LoginAttempts;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Session;
import org.custodian.core.crypto.KeyRing;
import org.custodian.core.crypto.KeyRingFile;
import org.custodian.core.crypto.KeyRingKeeper;
import org.custodian.core.crypto.DataKey;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.handover.DepartmentRepository;
import org.custodian.core.handover.HandoverRepository;
import org.custodian.core.handover.HandoverService;
import org.custodian.core.intake.DraftService;
import org.custodian.core.names.NameIndex;
import org.custodian.core.names.NameVariants;
import org.custodian.core.records.RecordService;
import org.custodian.core.rights.ProtectionRepository;
import org.custodian.core.rights.RecordProtections;
import org.custodian.core.rights.RightsModule;
import org.custodian.core.rights.SuppressionList;
import org.custodian.core.search.SearchService;
import org.custodian.core.intake.IntakeService;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.customers.CustomerService;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.settings.SettingsService;
import org.custodian.core.store.Store;
import org.custodian.core.synthetic.SyntheticDataService;
import org.custodian.core.users.User;
import org.custodian.core.users.UserRepository;
import org.custodian.core.users.UserService;

/**
 * An unlocked store and the person signed in to it: core's composition root for one session. Closing it closes
 * the store and wipes the data key.
 */
public final class Workspace implements AutoCloseable {

    private final Store store;
    private final KeyRingKeeper keyRing;
    private final EventLog events;
    private final LoginAttempts attempts;
    private final Clock clock;
    private final Session session;
    private final boolean mustChangePassword;
    private final UserService users;
    private final CustomerService customers;
    private final SettingsService settings;
    private final AuditService audit;
    private final ScriptCatalogue scripts;
    private final IntakeService intake;
    private final DraftService drafts;
    private final PasswordPolicy passwordPolicy;
    private final SearchService search;
    private final RecordService records;
    private final SyntheticDataService synthetic;
    private final CallerCheckService callerChecks;
    private final SupplyService supply;
    private final CallLogService callLog;
    private final HandoverService handovers;
    private final RightsModule rights;
    private final BackupService backups;
    private final CustomerImportService imports;
    private final ExportService exports;
    private final RetentionService retention;
    private final StoreSigningKey storeSigningKey;
    private final AuditKeysService auditKeys;
    private final AuditPackService auditPacks;
    private boolean closed;

    Workspace(Store store, KeyRingFile keyRingFile, DataKey dataKey, User user, EventLog events,
              PasswordPolicy passwordPolicy, LoginAttempts attempts, Clock clock) {
        this.store = store;
        this.keyRing = new KeyRingKeeper(keyRingFile, dataKey);
        this.events = events;
        this.attempts = attempts;
        this.clock = clock;
        this.passwordPolicy = passwordPolicy;
        this.session = new Session(user.id(), user.username(), user.displayName(), user.role());
        this.mustChangePassword = user.mustChangePassword();
        UserRepository userRepository = new UserRepository(store.rowMac());
        this.users = new UserService(store, userRepository, keyRing, events, passwordPolicy, attempts, clock);
        CustomerRepository customerRepository = new CustomerRepository(store.rowMac());
        this.customers = new CustomerService(store, customerRepository, events, clock);
        this.scripts = new ScriptCatalogue(store, events, clock);
        this.scripts.ensureDefaults();
        RecordProtections protections = new RecordProtections(new ProtectionRepository(store.rowMac()));
        this.intake = new IntakeService(store, scripts, customerRepository, new CustomerRecords(store.rowMac()), events, clock,
                protections, new SuppressionList(store.rowMac()));
        this.drafts = new DraftService(store, scripts, events, clock);
        this.drafts.purgeExpired();
        this.settings = new SettingsService(store, events);
        this.storeSigningKey = new StoreSigningKey(store.rowMac(), dataKey.storeSigningKeySeal());
        this.auditKeys = new AuditKeysService(store, storeSigningKey, new TeamLeadKeyRepository(store.rowMac()), events, clock);
        this.audit = new AuditService(store, events, auditKeys);
        CustomerRecords customerRecords = new CustomerRecords(store.rowMac());
        this.search = new SearchService(store, customerRepository, customerRecords, new NameIndex(), NameVariants.shipped());
        this.search.ensureIndexed();
        this.records = new RecordService(store, scripts, customerRepository, customerRecords, userRepository, settings, events, clock,
                protections);
        this.synthetic = new SyntheticDataService(store, customerRepository, customerRecords, events, clock);
        SupplyRepository supplyRepository = new SupplyRepository(store.rowMac());
        this.callerChecks = new CallerCheckService(store, scripts, customerRepository, customerRecords, userRepository,
                supplyRepository, settings, events, clock);
        this.supply = new SupplyService(store, scripts, customerRepository, customerRecords, userRepository, supplyRepository,
                settings, events, clock, callerChecks);
        this.callLog = new CallLogService(store, scripts, customerRepository, customerRecords, userRepository, supplyRepository, events, clock);
        this.handovers = new HandoverService(store, new HandoverRepository(store.rowMac()), new DepartmentRepository(),
                customerRepository, userRepository, scripts, events, clock);
        this.rights = RightsModule.create(store, customerRepository, customerRecords, supplyRepository,
                new HandoverRepository(store.rowMac()), events, clock);
        this.backups = new BackupService(store, keyRing, keyRingFile, events, clock);
        // per-row checks against the store: customers already on file, and people erased at their request
        this.imports = new CustomerImportService(store, scripts, customerRepository,
                customerRecords, events, clock, List.of(new ExistingCustomerCheck(customerRepository, customerRecords),
                        new SuppressedPersonCheck(rights.suppression())));
        this.exports = new ExportService(store, events);
        this.retention = new RetentionService(store, customerRecords, supplyRepository,
                events, clock);
        this.auditPacks = new AuditPackService(store, auditKeys, storeSigningKey, new PackExporter(customerRepository,
                customerRecords, supplyRepository, userRepository, scripts, store.subjectKeys()),
                new ReviewResultRepository(store.rowMac()), events, clock);
    }

    /** Retention rules per category of record, the dry run and the disposal sweep (team leads). */
    public RetentionService retention() {
        return retention;
    }

    /** CSV exports of views without personal data, with spreadsheet formulas neutralised (team leads). */
    public ExportService exports() {
        return exports;
    }

    /** Importing an existing customer list from CSV (team leads). */
    public CustomerImportService imports() {
        return imports;
    }

    /** Encrypted backups of this store, and restoring one into a new data directory (team leads). */
    public BackupService backups() {
        return backups;
    }

    public Session session() {
        return session;
    }

    /** True when a team lead set this password: the person chooses their own before working. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public UserService users() {
        return users;
    }

    public CustomerService customers() {
        return customers;
    }

    public SettingsService settings() {
        return settings;
    }

    public AuditService audit() {
        return audit;
    }

    /** Purposes and scripts: read by everyone, imported and retired by team leads. */
    public ScriptCatalogue scripts() {
        return scripts;
    }

    /** The intake wizard's rules and save. */
    public IntakeService intake() {
        return intake;
    }

    /** Finding customers as the agent types. */
    public SearchService search() {
        return search;
    }

    /** Opening a record for a purpose, revealing, re-confirming and correcting its details. */
    public RecordService records() {
        return records;
    }

    /** Filling the store with fictional customers (team leads; demonstrations, training, load tests). */
    public SyntheticDataService synthetic() {
        return synthetic;
    }

    /** The caller's identity check on a call, failed-check flags and the security question. */
    public CallerCheckService callerChecks() {
        return callerChecks;
    }

    /** What the record's supply panel shows, third parties with authority, disclosures and their register. */
    public SupplyService supply() {
        return supply;
    }

    /** Logging a call to an existing customer in the interaction log. */
    public CallLogService callLog() {
        return callLog;
    }

    /** Handing a customer's matter to a colleague or a department, the queues, and confirming understanding. */
    public HandoverService handovers() {
        return handovers;
    }

    /** Rights requests as cases, subject access, erasure, the suppression list and the breach register. */
    public RightsModule rights() {
        return rights;
    }

    /** The store's audit key and the registered team-lead keys. */
    public AuditKeysService auditKeys() {
        return auditKeys;
    }

    /** Audit packs out, signed review results back. */
    public AuditPackService auditPacks() {
        return auditPacks;
    }

    /** Calls parked mid-intake. */
    public DraftService drafts() {
        return drafts;
    }

    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    public Path dataDirectory() {
        return store.directory().root();
    }

    /** Records that the screen was locked (idle, or by hand). */
    public void locked(String reason) {
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.SESSION_LOCKED,
                Map.of("reason", reason))));
    }

    /** The signed-in person proves it is still them; failures count towards the same lockout as logins. */
    public UnlockOutcome unlock(Passphrase password) {
        KeyRing ring = keyRing.current();
        String slot = LoginAttempts.key(ring.slotId(session.username()));
        Instant now = clock.instant();
        if (LockoutPolicy.check(attempts.state(slot), now) instanceof LockoutPolicy.Verdict.Locked) {
            return UnlockOutcome.LOCKED_OUT;
        }
        boolean right = ring.unwrap(session.username(), password).map(k -> {
            k.destroy();
            return true;
        }).orElse(false);
        if (right) {
            attempts.clear(slot);
            store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.SESSION_UNLOCKED)));
            return UnlockOutcome.UNLOCKED;
        }
        List<LoginAttempts.Pending> before = attempts.pending();
        LockoutPolicy.State after = attempts.recordFailure(slot, now);
        // the store is open, so this failure goes straight into the event log rather than waiting
        List<LoginAttempts.Pending> justAdded = new ArrayList<>(attempts.pending());
        justAdded.removeAll(before);
        attempts.drained(justAdded);
        store.write(tx -> {
            events.append(tx, EventDraft.of(session.userId(), EventAction.LOGIN_FAILED, Map.of("at", "lock-screen")));
            if (after.lockedUntil() != null) {
                events.append(tx, EventDraft.of(session.userId(), EventAction.ACCOUNT_LOCKED_OUT));
            }
            return null;
        });
        return after.lockedUntil() != null ? UnlockOutcome.LOCKED_OUT : UnlockOutcome.WRONG_PASSWORD;
    }

    public enum UnlockOutcome { UNLOCKED, WRONG_PASSWORD, LOCKED_OUT }

    /** While this session's account is locked out, the sentence saying until when (as the login screen would). */
    public Optional<String> lockoutMessage() {
        String slot = LoginAttempts.key(keyRing.current().slotId(session.username()));
        if (LockoutPolicy.check(attempts.state(slot), clock.instant()) instanceof LockoutPolicy.Verdict.Locked locked) {
            return Optional.of(new AccountLockedException(locked.until(), clock.getZone()).userMessage());
        }
        return Optional.empty();
    }

    /** Ends the session: records it, closes the store and wipes the key. */
    public void logOut() {
        if (closed) {
            return;
        }
        try {
            store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.LOGOUT)));
        } finally {
            close();
        }
    }

    /** For tests and tools that need the open store itself. */
    public Store store() {
        return store;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            store.close();
            storeSigningKey.close();
            keyRing.close();
        }
    }
}
