package org.custodian.core.rights;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.rights.BreachRules.NotificationClock;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreachTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private Session agent;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        var user = ws.users().add(ws.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        agent = new Session(user.id(), AGENT, AGENT_NAME, Role.AGENT);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long customer(String name, String phone) {
        var script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        return ws.intake().save(ws.session(), new IntakeForm(script, Map.of("nature", "Open an account", "name", name,
                "dob", "14/03/1985", "phone", phone, "email", "someone@example.com", "postcode", "sw1a1aa",
                "address", "1 Example Street", "actions", "Account opened", "outcome", "Customer happy"), null,
                clock.now.minusSeconds(60)), null, true).customerId();
    }

    @Test
    void theClockRunsSeventyTwoHoursFromAwareness() {
        Instant aware = Instant.parse("2026-11-24T10:00:00Z");
        assertEquals(new NotificationClock.Running(Duration.ofHours(71)),
                BreachRules.clock(aware, BreachStatus.SUSPECTED, null, aware.plus(Duration.ofHours(1))));
        assertEquals(new NotificationClock.Overdue(Duration.ofHours(2)),
                BreachRules.clock(aware, BreachStatus.CONFIRMED, null, aware.plus(Duration.ofHours(74))));
        assertEquals(new NotificationClock.ReportedInTime(aware.plus(Duration.ofHours(72))),
                BreachRules.clock(aware, BreachStatus.REPORTED, aware.plus(Duration.ofHours(72)), aware.plus(Duration.ofDays(9))));
        assertEquals(new NotificationClock.ReportedLate(aware.plus(Duration.ofHours(80)), Duration.ofHours(8)),
                BreachRules.clock(aware, BreachStatus.REPORTED, aware.plus(Duration.ofHours(80)), aware.plus(Duration.ofDays(9))));
        assertEquals(new NotificationClock.NotReportable(),
                BreachRules.clock(aware, BreachStatus.NOT_REPORTABLE, null, aware.plus(Duration.ofDays(9))));
        assertEquals("71 h 0 min left to tell the ICO", BreachRules.describe(new NotificationClock.Running(Duration.ofHours(71))));
    }

    @Test
    void affectedRecordsAreThoseAnAgentOpenedInTheWindow() {
        long a = customer("Ada Example", "07700 900101");
        long b = customer("Ben Example", "07700 900102");
        long c = customer("Cal Example", "07700 900103");
        Instant from = clock.now;
        clock.now = clock.now.plusSeconds(60);
        ws.records().open(agent, a, "account-management");
        ws.records().open(agent, a, "customer-service");
        ws.records().open(agent, b, "account-management");
        ws.records().open(ws.session(), c, "account-management"); // the lead, not the agent
        clock.now = clock.now.plusSeconds(3_600);
        ws.records().open(agent, c, "account-management"); // after the window

        var entry = ws.rights().breaches().record(ws.session(), "Agent laptop left unlocked on a train", clock.now,
                from, from.plusSeconds(600), agent.userId());
        assertEquals(2, entry.affectedRecords());
        assertEquals(BreachStatus.SUSPECTED, entry.breach().status());
        var affected = ws.rights().breaches().affected(ws.session(), entry.breach().id());
        String refA = ws.records().open(ws.session(), a, "account-management").reference();
        String refB = ws.records().open(ws.session(), b, "account-management").reference();
        assertEquals(refA, affected.get(0).customerReference());
        assertEquals(2, affected.get(0).accesses());
        assertEquals(refB, affected.get(1).customerReference());

        clock.now = clock.now.plus(Duration.ofHours(80));
        var register = ws.rights().breaches().register(ws.session());
        assertInstanceOf(NotificationClock.Overdue.class, register.get(0).clock());
        var reported = ws.rights().breaches().setStatus(ws.session(), entry.breach().id(), BreachStatus.REPORTED, clock.now);
        assertInstanceOf(NotificationClock.ReportedLate.class, reported.clock());
        var events = ws.store().dsl().select(EVENT.DETAILS).from(EVENT).where(EVENT.ACTION.in("BREACH_RECORDED", "BREACH_STATUS_CHANGED"))
                .orderBy(EVENT.SEQ).fetch(EVENT.DETAILS);
        assertEquals("breach=" + entry.breach().id() + ";records=2", events.get(0));
        assertFalse(String.join(" ", events).contains("laptop"), "the summary stays out of the events");
    }

    @Test
    void onlyTeamLeadsKeepTheRegisterAndASummaryIsNeeded() {
        assertThrows(AccessDeniedException.class, () -> ws.rights().breaches().register(agent));
        assertThrows(AccessDeniedException.class, () -> ws.rights().breaches().record(agent, "x", clock.now, clock.now, clock.now, null));
        var refused = assertThrows(InvalidInputException.class,
                () -> ws.rights().breaches().record(ws.session(), " ", clock.now, clock.now, clock.now.minusSeconds(1), null));
        assertEquals(2, refused.violations().size());
        assertTrue(ws.rights().breaches().register(ws.session()).isEmpty());
    }
}
