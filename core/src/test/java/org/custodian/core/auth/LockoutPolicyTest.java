package org.custodian.core.auth;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void tenFailuresInARowLockForThirtyMinutes() {
        LockoutPolicy.State state = LockoutPolicy.State.CLEAR;
        for (int i = 1; i <= 9; i++) {
            state = LockoutPolicy.afterFailure(state, T0.plusSeconds(i));
            assertInstanceOf(LockoutPolicy.Verdict.Allowed.class, LockoutPolicy.check(state, T0.plusSeconds(i)));
        }
        LockoutPolicy.State before = state;
        state = LockoutPolicy.afterFailure(state, T0.plusSeconds(10));
        assertTrue(LockoutPolicy.justLocked(before, state));
        assertEquals(T0.plusSeconds(10).plus(Duration.ofMinutes(30)), state.lockedUntil());
        assertInstanceOf(LockoutPolicy.Verdict.Locked.class, LockoutPolicy.check(state, T0.plus(Duration.ofMinutes(29))));
        assertInstanceOf(LockoutPolicy.Verdict.Allowed.class, LockoutPolicy.check(state, T0.plus(Duration.ofMinutes(31))));
    }

    @Test
    void aFailureAfterTheLockRunsOutStartsAFreshCount() {
        LockoutPolicy.State locked = new LockoutPolicy.State(10, T0);
        LockoutPolicy.State next = LockoutPolicy.afterFailure(locked, T0.plusSeconds(1));
        assertEquals(1, next.consecutiveFailures());
        assertNull(next.lockedUntil());
    }
}
