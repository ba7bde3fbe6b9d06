package org.custodian.core.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed-login counts and the login events that happened while the store was locked, kept in a small file beside
 * the store (the store cannot be opened without a right password, yet failures must be counted and logged).
 *
 * <p>The file holds only slot ids (salted hashes of login names), counts and times: no names, no personal data.
 * Pending events move into the event log at the next successful login. The lockout guards against guessing at
 * the keyboard; against an attacker holding the files, Argon2id is the guard (docs/decisions/0002).
 */
public final class LoginAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAttempts.class);
    private static final String HEADER = "custodian-login-attempts v1";
    private static final int MAX_PENDING = 10_000;

    private final Path file;
    private final Map<String, LockoutPolicy.State> states = new LinkedHashMap<>();
    private final List<Pending> pending = new ArrayList<>();

    /** A login outcome recorded before the store could be opened. */
    public record Pending(Instant at, String slotId, Kind kind) {
    }

    public enum Kind { FAILED, LOCKED_OUT, REFUSED_LOCKED }

    private LoginAttempts(Path file) {
        this.file = file;
    }

    /** Loads the file; a damaged one is set aside (logged), never a reason to refuse every login. */
    public static synchronized LoginAttempts load(Path file) {
        LoginAttempts attempts = new LoginAttempts(file);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
                throw new IOException("unknown header");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "state" -> attempts.states.put(f[1], new LockoutPolicy.State(Integer.parseInt(f[2]),
                            "-".equals(f[3]) ? null : Instant.parse(f[3])));
                    case "pending" -> attempts.pending.add(new Pending(Instant.parse(f[1]), f[2], Kind.valueOf(f[3])));
                    default -> throw new IOException("unknown line");
                }
            }
        } catch (NoSuchFileException e) {
            return attempts;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Login-attempts file was unreadable and has been reset ({})", e.getClass().getSimpleName());
            attempts.states.clear();
            attempts.pending.clear();
        }
        return attempts;
    }

    public static String key(byte[] slotId) {
        return HexFormat.of().formatHex(slotId);
    }

    public synchronized LockoutPolicy.State state(String slotId) {
        return states.getOrDefault(slotId, LockoutPolicy.State.CLEAR);
    }

    /** Records a failure; returns the new state (locked when this was the tenth in a row). */
    public synchronized LockoutPolicy.State recordFailure(String slotId, Instant now) {
        LockoutPolicy.State before = state(slotId);
        LockoutPolicy.State after = LockoutPolicy.afterFailure(before, now);
        states.put(slotId, after);
        addPending(new Pending(now, slotId, Kind.FAILED));
        if (LockoutPolicy.justLocked(before, after)) {
            addPending(new Pending(now, slotId, Kind.LOCKED_OUT));
        }
        save();
        return after;
    }

    public synchronized void recordRefusedWhileLocked(String slotId, Instant now) {
        addPending(new Pending(now, slotId, Kind.REFUSED_LOCKED));
        save();
    }

    public synchronized void clear(String slotId) {
        if (states.remove(slotId) != null) {
            save();
        }
    }

    public synchronized List<Pending> pending() {
        return List.copyOf(pending);
    }

    /** Forgets pending events once they are in the event log. */
    public synchronized void drained(List<Pending> moved) {
        pending.removeAll(moved);
        save();
    }

    private void addPending(Pending event) {
        if (pending.size() < MAX_PENDING) {
            pending.add(event);
        }
    }

    private void save() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        states.forEach((slot, s) -> text.append("state ").append(slot).append(' ').append(s.consecutiveFailures())
                .append(' ').append(s.lockedUntil() == null ? "-" : s.lockedUntil().toString()).append('\n'));
        pending.forEach(p -> text.append("pending ").append(p.at()).append(' ').append(p.slotId()).append(' ')
                .append(p.kind()).append('\n'));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Counting failures must not stop a person logging in; the next save tries again.
            LOG.warn("Login-attempts file could not be written ({})", e.getClass().getSimpleName());
        }
    }
}
