package org.custodian.core.auth;

import java.time.Duration;
import java.time.Instant;

/** Ten failed logins in a row lock the name tried for thirty minutes. Pure: state in, state out. */
public final class LockoutPolicy {

    public static final int MAX_CONSECUTIVE_FAILURES = 10;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    private LockoutPolicy() {
    }

    /** Failures so far and, once locked, until when. */
    public record State(int consecutiveFailures, Instant lockedUntil) {
        public static final State CLEAR = new State(0, null);
    }

    public sealed interface Verdict {
        record Allowed() implements Verdict {
        }

        record Locked(Instant until) implements Verdict {
        }
    }

    public static Verdict check(State state, Instant now) {
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            return new Verdict.Locked(state.lockedUntil());
        }
        return new Verdict.Allowed();
    }

    /** The state after one more failure; a lock that has run out starts a fresh count. */
    public static State afterFailure(State state, Instant now) {
        int failures = state.lockedUntil() != null && !now.isBefore(state.lockedUntil()) ? 1 : state.consecutiveFailures() + 1;
        if (failures >= MAX_CONSECUTIVE_FAILURES) {
            return new State(failures, now.plus(LOCK_DURATION));
        }
        return new State(failures, null);
    }

    public static boolean justLocked(State before, State after) {
        return after.lockedUntil() != null && !after.lockedUntil().equals(before.lockedUntil());
    }
}
