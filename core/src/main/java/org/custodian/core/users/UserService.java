package org.custodian.core.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.LoginAttempts;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.auth.Usernames;
import org.custodian.core.crypto.KeyRing;
import org.custodian.core.crypto.KeyRingKeeper;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.Store;

/**
 * Staff accounts: team leads add people, reset passwords and disable accounts; everyone changes their own
 * password. A password exists only as a key-ring slot, so each change writes the slot first and the database
 * second, putting the ring back if the database refuses.
 */
public final class UserService {

    private final Store store;
    private final UserRepository users;
    private final KeyRingKeeper keyRing;
    private final EventLog events;
    private final PasswordPolicy passwordPolicy;
    private final LoginAttempts attempts;
    private final Clock clock;

    public UserService(Store store, UserRepository users, KeyRingKeeper keyRing, EventLog events,
                       PasswordPolicy passwordPolicy, LoginAttempts attempts, Clock clock) {
        this.store = store;
        this.users = users;
        this.keyRing = keyRing;
        this.events = events;
        this.passwordPolicy = passwordPolicy;
        this.attempts = attempts;
        this.clock = clock;
    }

    public List<User> list(Session session) {
        session.require(Role.TEAM_LEAD, "see the list of users");
        return users.all(store.dsl());
    }

    /** Adds an account with an initial password the person must change at first login. */
    public User add(Session session, String username, String displayName, Role role, Passphrase initialPassword) {
        session.require(Role.TEAM_LEAD, "add users");
        String name = Usernames.normalize(username);
        List<Violation> violations = new ArrayList<>(Usernames.check(username));
        violations.addAll(Usernames.checkDisplayName(displayName));
        violations.addAll(passwordPolicy.check(name, initialPassword));
        if (violations.isEmpty() && users.usernameTaken(store.dsl(), name)) {
            violations.add(new Violation(Usernames.FIELD, "username.taken",
                    "Username: this username is already in use; choose another.", "house"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        KeyRing before = keyRing.update(ring -> keyRing.withSlot(ring, name, initialPassword));
        try {
            return store.write(tx -> {
                User user = users.insert(tx, name, displayName.strip(), role, clock.instant(), true);
                events.append(tx, EventDraft.of(session.userId(), EventAction.USER_CREATED,
                        Map.of("user", Long.toString(user.id()), "role", role.name())));
                return user;
            });
        } catch (RuntimeException e) {
            keyRing.restore(before);
            throw e;
        }
    }

    /** Sets a new password for someone else: only their slot is rewrapped, and any lockout on it is lifted. */
    public void resetPassword(Session session, long userId, Passphrase newPassword) {
        session.require(Role.TEAM_LEAD, "reset passwords");
        User user = existing(userId);
        requireAcceptable(user.username(), newPassword);
        KeyRing before = keyRing.update(ring -> keyRing.withSlot(ring, user.username(), newPassword));
        try {
            store.write(tx -> {
                users.update(tx, user.withDisabled(false).withMustChangePassword(true));
                events.append(tx, EventDraft.of(session.userId(), EventAction.PASSWORD_RESET,
                        Map.of("user", Long.toString(userId))));
                if (user.disabled()) {
                    events.append(tx, EventDraft.of(session.userId(), EventAction.USER_ENABLED,
                            Map.of("user", Long.toString(userId))));
                }
                return null;
            });
        } catch (RuntimeException e) {
            keyRing.restore(before);
            throw e;
        }
        attempts.clear(LoginAttempts.key(before.slotId(user.username())));
    }

    /** Disables an account and removes its key slot, so its password no longer opens the store. */
    public void disable(Session session, long userId) {
        session.require(Role.TEAM_LEAD, "disable accounts");
        User user = existing(userId);
        if (user.id() == session.userId()) {
            throw new InvalidInputException(new Violation("Account", "user.disable-self",
                    "Account: you cannot disable your own account; ask another team lead.", "house"));
        }
        if (user.disabled()) {
            return;
        }
        if (user.role() == Role.TEAM_LEAD && enabledTeamLeads() <= 1) {
            throw new InvalidInputException(new Violation("Account", "user.last-team-lead",
                    "Account: this is the last active team lead; add another team lead first.", "house"));
        }
        KeyRing before = keyRing.update(ring -> ring.withoutSlot(user.username()));
        try {
            store.write(tx -> {
                users.update(tx, user.withDisabled(true));
                events.append(tx, EventDraft.of(session.userId(), EventAction.USER_DISABLED,
                        Map.of("user", Long.toString(userId))));
                return null;
            });
        } catch (RuntimeException e) {
            keyRing.restore(before);
            throw e;
        }
    }

    /** Changes the signed-in person's own password after checking the current one. */
    public void changeOwnPassword(Session session, Passphrase current, Passphrase next) {
        List<Violation> violations = new ArrayList<>();
        if (keyRing.current().unwrap(session.username(), current).map(k -> {
            k.destroy();
            return true;
        }).isEmpty()) {
            violations.add(new Violation("Current password", "password.current-wrong",
                    "Current password: it is not right; type the password you logged in with.", "house"));
        }
        violations.addAll(passwordPolicy.check(session.username(), next));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        User user = existing(session.userId());
        KeyRing before = keyRing.update(ring -> keyRing.withSlot(ring, session.username(), next));
        try {
            store.write(tx -> {
                users.update(tx, user.withMustChangePassword(false));
                events.append(tx, EventDraft.of(session.userId(), EventAction.PASSWORD_CHANGED));
                return null;
            });
        } catch (RuntimeException e) {
            keyRing.restore(before);
            throw e;
        }
    }

    public User self(Session session) {
        return existing(session.userId());
    }

    private void requireAcceptable(String username, Passphrase password) {
        List<Violation> violations = passwordPolicy.check(username, password);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private long enabledTeamLeads() {
        return users.all(store.dsl()).stream().filter(u -> u.role() == Role.TEAM_LEAD && !u.disabled()).count();
    }

    private User existing(long userId) {
        return users.findById(store.dsl(), userId).orElseThrow(() -> new InvalidInputException(
                new Violation("Account", "user.unknown", "Account: that user no longer exists; refresh the list.", "house")));
    }
}
