package org.custodian.core.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.auth.LockoutPolicy;
import org.custodian.core.auth.LoginAttempts;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Usernames;
import org.custodian.core.crypto.Argon2Params;
import org.custodian.core.crypto.DataKey;
import org.custodian.core.crypto.KeyRing;
import org.custodian.core.crypto.KeyRingFile;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.AccountLockedException;
import org.custodian.core.errors.CustodianException;
import org.custodian.core.errors.DatabaseCorruptException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.errors.KeyRingException;
import org.custodian.core.errors.StoreAlreadyExistsException;
import org.custodian.core.errors.StoreMissingException;
import org.custodian.core.errors.WrongCredentialsException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.store.DataDirectory.StoreState;
import org.custodian.core.store.Store;
import org.custodian.core.users.User;
import org.custodian.core.users.UserRepository;

/**
 * The way into one data directory: first-run set-up, or login. Both return a {@link Workspace}: the open store
 * and the signed-in session. Nothing here ever creates a store in place of one that failed to open.
 */
public final class Custodian {

    private final DataDirectory directory;
    private final Clock clock;
    private final KeyRingFile keyRingFile;
    private final EventLog events;
    private volatile PasswordPolicy passwordPolicy;

    public Custodian(DataDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.keyRingFile = new KeyRingFile(directory.keyRingFile());
        this.events = new EventLog(clock);
    }

    public DataDirectory directory() {
        return directory;
    }

    /** What is on disk; finishes a first run that was interrupted after its key ring was written. */
    public StoreState state() {
        StoreState state = directory.state();
        if (state == StoreState.DATABASE_MISSING && directory.hasInterruptedSetup()) {
            Store.promoteSetup(directory);
            return directory.state();
        }
        return state;
    }

    /**
     * Does, ahead of time and off the UI thread, the slow first-time work of an unlock: class loading for the
     * store and the key derivation, and loading the password lists. Call it while the login screen shows.
     */
    public void warmUp() {
        // a login's own write: an event appended in a transaction (on the throwaway database)
        Store.warmUp(tx -> events.append(tx, EventDraft.of(null, EventAction.LOGIN)));
        org.custodian.core.scripts.DefaultScripts.scripts();
        try (Passphrase throwaway = Passphrase.copyOf("warm-up")) {
            java.util.Arrays.fill(org.custodian.core.crypto.Crypto.argon2id(throwaway,
                    org.custodian.core.crypto.Crypto.randomBytes(16), Argon2Params.MINIMUM), (byte) 0);
        }
        passwordPolicy();
    }

    /** The password rules (loads zxcvbn's lists on first use; call off the UI thread). */
    public PasswordPolicy passwordPolicy() {
        PasswordPolicy policy = passwordPolicy;
        if (policy == null) {
            synchronized (this) {
                if (passwordPolicy == null) {
                    passwordPolicy = new PasswordPolicy();
                }
                policy = passwordPolicy;
            }
        }
        return policy;
    }

    /** Creates the store and its first team lead, then signs that person in. */
    public Workspace setUp(String username, String displayName, Passphrase password) {
        directory.createIfMissing();
        if (state() != StoreState.NEW) {
            throw new StoreAlreadyExistsException();
        }
        String name = Usernames.normalize(username);
        List<Violation> violations = new ArrayList<>(Usernames.check(username));
        violations.addAll(Usernames.checkDisplayName(displayName));
        violations.addAll(passwordPolicy().check(name, password));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DataKey dataKey = DataKey.generate();
        try {
            User lead;
            try (Store store = Store.createForSetup(directory, dataKey)) {
                lead = store.write(tx -> {
                    events.append(tx, EventDraft.of(null, EventAction.STORE_CREATED));
                    User user = new UserRepository(store.rowMac()).insert(tx, name, displayName.strip(),
                            Role.TEAM_LEAD, clock.instant(), false);
                    events.append(tx, EventDraft.of(user.id(), EventAction.USER_CREATED,
                            Map.of("user", Long.toString(user.id()), "role", Role.TEAM_LEAD.name(), "via", "first-run")));
                    return user;
                });
            }
            keyRingFile.write(KeyRing.create(name, password, dataKey, Argon2Params.DEFAULT), dataKey);
            Store.promoteSetup(directory);
            Store store = Store.open(directory, dataKey);
            store.write(tx -> events.append(tx, EventDraft.of(lead.id(), EventAction.LOGIN)));
            return workspace(store, dataKey, lead, LoginAttempts.load(directory.loginAttemptsFile()));
        } catch (RuntimeException e) {
            dataKey.destroy();
            throw e;
        }
    }

    /**
     * Unlocks the store with one person's password. Unknown name and wrong password get the same refusal; ten
     * failures in a row lock the name tried for thirty minutes.
     */
    public Workspace logIn(String username, Passphrase password) {
        StoreState state = state();
        if (state == StoreState.KEY_RING_MISSING) {
            throw new KeyRingException(KeyRingException.Problem.MISSING);
        }
        if (state == StoreState.DATABASE_MISSING) {
            throw new StoreMissingException();
        }
        if (state == StoreState.NEW) {
            throw new WrongCredentialsException();
        }
        String name = Usernames.normalize(username);
        KeyRing ring = keyRingFile.readUnverified();
        String slot = LoginAttempts.key(ring.slotId(name));
        LoginAttempts attempts = LoginAttempts.load(directory.loginAttemptsFile());
        Instant now = clock.instant();
        if (LockoutPolicy.check(attempts.state(slot), now) instanceof LockoutPolicy.Verdict.Locked locked) {
            attempts.recordRefusedWhileLocked(slot, now);
            throw lockedUntil(locked.until());
        }
        Optional<KeyRingFile.Unlocked> unlocked = keyRingFile.unlock(name, password);
        if (unlocked.isEmpty()) {
            throw failed(attempts, slot, now);
        }
        DataKey dataKey = unlocked.get().dataKey();
        Store store;
        try {
            store = Store.open(directory, dataKey);
        } catch (RuntimeException e) {
            dataKey.destroy();
            throw e;
        }
        try {
            UserRepository users = new UserRepository(store.rowMac());
            Optional<User> found = users.findByUsername(store.dsl(), name);
            if (found.isEmpty()) {
                // the key ring holds a slot for this name and the password opened it, so the user must be in the
                // database: it is older than its key ring, or damaged (the catch below closes the store)
                throw new DatabaseCorruptException();
            }
            Optional<User> user = found.filter(u -> !u.disabled());
            if (user.isEmpty()) {
                store.close();
                dataKey.destroy();
                throw failed(attempts, slot, now);
            }
            List<LoginAttempts.Pending> pending = attempts.pending();
            Map<String, Long> userBySlot = new HashMap<>();
            users.all(store.dsl()).forEach(u -> userBySlot.put(LoginAttempts.key(ring.slotId(u.username())), u.id()));
            store.write(tx -> {
                for (LoginAttempts.Pending p : pending) {
                    Long actor = userBySlot.get(p.slotId());
                    events.append(tx, new EventDraft(actor, pendingAction(p.kind()), null, null,
                            Map.of("account", actor == null ? "unknown" : "known", "recorded", "deferred"), p.at()));
                }
                events.append(tx, EventDraft.of(user.get().id(), EventAction.LOGIN));
                return null;
            });
            attempts.drained(pending);
            attempts.clear(slot);
            return workspace(store, dataKey, user.get(), attempts);
        } catch (WrongCredentialsException | AccountLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            store.close();
            dataKey.destroy();
            if (e instanceof CustodianException) {
                throw e;
            }
            // The store opened under an authenticated key, yet its own tables cannot be read (a library exception,
            // whose text may echo stored values, never reaches the person): the database is damaged.
            throw new DatabaseCorruptException();
        }
    }

    private static EventAction pendingAction(LoginAttempts.Kind kind) {
        return switch (kind) {
            case FAILED -> EventAction.LOGIN_FAILED;
            case LOCKED_OUT -> EventAction.ACCOUNT_LOCKED_OUT;
            case REFUSED_LOCKED -> EventAction.LOGIN_REFUSED_LOCKED;
        };
    }

    private RuntimeException failed(LoginAttempts attempts, String slot, Instant now) {
        LockoutPolicy.State after = attempts.recordFailure(slot, now);
        if (after.lockedUntil() != null) {
            return lockedUntil(after.lockedUntil());
        }
        return new WrongCredentialsException();
    }

    private AccountLockedException lockedUntil(Instant until) {
        return new AccountLockedException(until, clock.getZone());
    }

    private Workspace workspace(Store store, DataKey dataKey, User user, LoginAttempts attempts) {
        return new Workspace(store, keyRingFile, dataKey, user, events, passwordPolicy(), attempts, clock);
    }
}
