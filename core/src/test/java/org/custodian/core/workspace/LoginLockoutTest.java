package org.custodian.core.workspace;

import static org.custodian.core.workspace.TestStores.*;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.custodian.core.auth.Role;
import org.custodian.core.errors.AccountLockedException;
import org.custodian.core.errors.WrongCredentialsException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginLockoutTest {

    @TempDir
    Path dir;


    @Test
    void tenWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilTheTimeRunsOut() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        Custodian custodian = custodian(dir, clock);
        setUp(custodian).close();
        for (int i = 1; i <= 9; i++) {
            assertThrows(WrongCredentialsException.class, () -> custodian.logIn(LEAD, pw("wrong guess number x")));
        }
        AccountLockedException tenth = assertThrows(AccountLockedException.class,
                () -> custodian.logIn(LEAD, pw("wrong guess number x")));
        assertEquals(Instant.parse("2026-11-24T09:30:00Z"), tenth.lockedUntil());
        assertTrue(tenth.userMessage().contains("09:30"), tenth.userMessage());

        assertThrows(AccountLockedException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)),
                "the right password is refused while locked");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        try (Workspace lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            List<String> actions = lead.store().dsl().select(EVENT.ACTION).from(EVENT).orderBy(EVENT.SEQ).fetch(EVENT.ACTION);
            assertEquals(10, actions.stream().filter("LOGIN_FAILED"::equals).count());
            assertEquals(1, actions.stream().filter("ACCOUNT_LOCKED_OUT"::equals).count());
            assertEquals(1, actions.stream().filter("LOGIN_REFUSED_LOCKED"::equals).count());
            assertInstanceOf(ChainVerification.Intact.class, new EventLog(clock).verify(lead.store().dsl()));
        }
    }

    @Test
    void unknownNamesLockTheSameWaySoTheMessageRevealsNothing() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        Custodian custodian = custodian(dir, clock);
        setUp(custodian).close();
        for (int i = 1; i <= 9; i++) {
            assertThrows(WrongCredentialsException.class, () -> custodian.logIn("no.such.person", pw("wrong guess number x")));
        }
        assertThrows(AccountLockedException.class, () -> custodian.logIn("no.such.person", pw("wrong guess number x")));
    }

    @Test
    void aSuccessfulLoginResetsTheCountAndTheAttemptsFileHoldsNoNames() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        Custodian custodian = custodian(dir, clock);
        setUp(custodian).close();
        for (int i = 1; i <= 9; i++) {
            assertThrows(WrongCredentialsException.class, () -> custodian.logIn(LEAD, pw("wrong guess number x")));
        }
        String attempts = Files.readString(custodian.directory().loginAttemptsFile());
        assertFalse(attempts.contains(LEAD), "slot ids are hashes, never login names");
        custodian.logIn(LEAD, pw(LEAD_PASSWORD)).close();
        assertThrows(WrongCredentialsException.class, () -> custodian.logIn(LEAD, pw("wrong guess number x")),
                "after a success the count starts again");
    }

    @Test
    void aTeamLeadPasswordResetLiftsALockAndRewrapsThatSlot() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        Custodian custodian = custodian(dir, clock);
        long agentId;
        try (Workspace lead = setUp(custodian)) {
            agentId = lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD)).id();
        }
        for (int i = 1; i <= 10; i++) {
            assertThrows(RuntimeException.class, () -> custodian.logIn(AGENT, pw("wrong guess number x")));
        }
        assertThrows(AccountLockedException.class, () -> custodian.logIn(AGENT, pw(AGENT_PASSWORD)));
        try (Workspace lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            lead.users().resetPassword(lead.session(), agentId, pw("fresh kettle garden 7"));
        }
        assertThrows(WrongCredentialsException.class, () -> custodian.logIn(AGENT, pw(AGENT_PASSWORD)));
        try (Workspace agent = custodian.logIn(AGENT, pw("fresh kettle garden 7"))) {
            assertTrue(agent.mustChangePassword());
            agent.users().changeOwnPassword(agent.session(), pw("fresh kettle garden 7"), pw("my own chosen phrase"));
        }
        try (Workspace agent = custodian.logIn(AGENT, pw("my own chosen phrase"))) {
            assertFalse(agent.mustChangePassword());
        }
    }

    @Test
    void aDisabledAccountCanNoLongerUnlockTheStore() {
        Custodian custodian = custodian(dir);
        try (Workspace lead = setUp(custodian)) {
            long id = lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD)).id();
            lead.users().disable(lead.session(), id);
            assertTrue(lead.users().list(lead.session()).stream().anyMatch(u -> u.id() == id && u.disabled()));
        }
        assertThrows(WrongCredentialsException.class, () -> custodian.logIn(AGENT, pw(AGENT_PASSWORD)));
    }

    @Test
    void theLockScreenUnlocksOnlyWithTheSignedInPersonsPassword() {
        Custodian custodian = custodian(dir);
        try (Workspace lead = setUp(custodian)) {
            lead.locked("idle");
            assertEquals(Workspace.UnlockOutcome.WRONG_PASSWORD, lead.unlock(pw("not my password at all")));
            assertEquals(Workspace.UnlockOutcome.UNLOCKED, lead.unlock(pw(LEAD_PASSWORD)));
        }
    }
}
