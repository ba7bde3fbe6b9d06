package org.custodian.core.rights;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.Field;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.records.Rectification;
import org.custodian.core.records.RectificationReason;
import org.custodian.core.rights.RightsDueDates.Countdown;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RightsServiceTest {

    private static final String ACCOUNT = "account-management";

    @TempDir
    Path dir;

    // Tuesday 24 November 2026
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private RightsService rights;
    private Session lead;
    private Session agent;
    private long customerId;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        rights = ws.rights().requests();
        lead = ws.session();
        var user = ws.users().add(lead, AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        agent = new Session(user.id(), AGENT, AGENT_NAME, Role.AGENT);
        var script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        customerId = ws.intake().save(lead, new IntakeForm(script, Map.of("nature", "Open an account", "name", "Priya Shah",
                "dob", "14/03/1985", "phone", "07700 900321", "email", "priya.shah@example.com", "postcode", "sw1a1aa",
                "address", "1 Example Street", "actions", "Account opened", "outcome", "Customer happy"), null,
                clock.now.minusSeconds(60)), null, true).customerId();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private String address() {
        return new org.custodian.core.customers.CustomerRepository(ws.store().rowMac()).findById(ws.store().dsl(), customerId)
                .orElseThrow().address();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aRequestLoggedByAnAgentIsDueOneCalendarMonthLaterOnAWorkingDay() {
        RightsCase logged = rights.log(agent, customerId, RightKind.ACCESS, d("2026-10-31"), IdentityStatus.NOT_NEEDED);
        // 31 October -> 30 November (a Monday)
        assertEquals(d("2026-11-30"), logged.request().dueOn());
        assertEquals(new Countdown.DueIn(6), logged.countdown());
        assertEquals("Due in 6 days", logged.countdownText());
        var event = ws.store().dsl().select(EVENT.ACTOR_ID, EVENT.PURPOSE, EVENT.DETAILS).from(EVENT)
                .where(EVENT.ACTION.eq("RIGHTS_REQUEST_LOGGED")).fetchOne();
        assertEquals(agent.userId(), event.value1());
        assertEquals("rights-requests", event.value2());
        assertEquals("identity=NOT_NEEDED;kind=ACCESS;request=" + logged.request().id(), event.value3());
    }

    @Test
    void awaitingIdentityHasNoDueDateUntilTheEvidenceArrives() {
        RightsCase waiting = rights.log(agent, customerId, RightKind.ERASURE, d("2026-11-02"), IdentityStatus.AWAITING);
        assertNull(waiting.request().dueOn());
        assertEquals("Waiting for identity evidence: the clock has not started", waiting.countdownText());
        RightsCase started = rights.identityVerified(agent, waiting.request().id(), d("2026-11-20"));
        assertEquals(IdentityStatus.VERIFIED, started.request().identity());
        assertEquals(d("2026-12-21"), started.request().dueOn(), "20 December 2026 is a Sunday");
        var again = assertThrows(InvalidInputException.class, () -> rights.identityVerified(agent, waiting.request().id(), d("2026-11-21")));
        assertEquals("rights.id-not-awaited", again.violations().get(0).code());
    }

    @Test
    void theQueuePutsOverdueFirstAndNamesIt() {
        long later = rights.log(agent, customerId, RightKind.RECTIFICATION, d("2026-11-20"), IdentityStatus.NOT_NEEDED).request().id();
        long waiting = rights.log(agent, customerId, RightKind.ACCESS, d("2026-11-23"), IdentityStatus.AWAITING).request().id();
        long overdue = rights.log(agent, customerId, RightKind.ACCESS, d("2026-10-01"), IdentityStatus.NOT_NEEDED).request().id();
        List<RightsCase> queue = rights.queue(agent);
        assertEquals(List.of(overdue, later, waiting), queue.stream().map(c -> c.request().id()).toList());
        assertTrue(queue.get(0).overdue());
        assertEquals("Overdue by 22 days", queue.get(0).countdownText()); // due Sunday 1 November, so Monday 2 November
        assertFalse(queue.get(1).overdue());
    }

    @Test
    void anExtensionNeedsATeamLeadAndTheRequesterToldWithinTheFirstMonth() {
        long id = rights.log(agent, customerId, RightKind.ACCESS, d("2026-11-02"), IdentityStatus.NOT_NEEDED).request().id();
        assertThrows(AccessDeniedException.class, () -> rights.extend(agent, id, 2, d("2026-11-20")));
        RightsCase extended = rights.extend(lead, id, 2, d("2026-11-20"));
        assertEquals(d("2027-02-02"), extended.request().dueOn());
        assertEquals(2, extended.request().extensionMonths());

        clock.now = Instant.parse("2026-12-10T10:00:00Z");
        long late = rights.log(agent, customerId, RightKind.ACCESS, d("2026-11-02"), IdentityStatus.NOT_NEEDED).request().id();
        var refused = assertThrows(InvalidInputException.class, () -> rights.extend(lead, late, 1, d("2026-12-10")));
        assertEquals("Told on: an extension is allowed only if the requester is told by 2026-12-02, within the first month.",
                refused.violations().get(0).message());
    }

    @Test
    void closingNeedsATeamLeadAndTakesTheCaseOffTheQueue() {
        long id = rights.log(agent, customerId, RightKind.OBJECTION, d("2026-11-24"), IdentityStatus.NOT_NEEDED).request().id();
        assertThrows(AccessDeniedException.class, () -> rights.close(agent, id, RightsRequest.Closure.COMPLETED));
        rights.close(lead, id, RightsRequest.Closure.COMPLETED);
        assertTrue(rights.queue(lead).isEmpty());
        assertEquals("Closed: Completed", rights.forCustomer(lead, customerId).get(0).countdownText());
        assertThrows(InvalidInputException.class, () -> rights.close(lead, id, RightsRequest.Closure.WITHDRAWN));
    }

    @Test
    void restrictionMakesTheRecordReadOnlyUntilLifted() {
        long id = rights.log(agent, customerId, RightKind.RESTRICTION, d("2026-11-24"), IdentityStatus.NOT_NEEDED).request().id();
        assertThrows(AccessDeniedException.class, () -> rights.setFlag(agent, id, RightsFlag.RESTRICTED));
        rights.setFlag(lead, id, RightsFlag.RESTRICTED);
        var refused = assertThrows(InvalidInputException.class, () -> ws.records().rectify(agent, new Rectification(customerId, ACCOUNT,
                Field.ADDRESS, null, "2 Example Street", RectificationReason.DETAILS_CHANGED, null)));
        assertEquals("Record: processing of this customer's data is restricted, so it is read-only until a team lead lifts the restriction.",
                refused.violations().get(0).message());
        assertEquals("1 Example Street", address(), "nothing changed");

        rights.liftFlag(lead, customerId, RightsFlag.RESTRICTED);
        ws.records().rectify(agent, new Rectification(customerId, ACCOUNT, Field.ADDRESS, null, "2 Example Street",
                RectificationReason.DETAILS_CHANGED, null));
        assertEquals("2 Example Street", address());
    }

    @Test
    void anObjectionStopsMarketingUseAndMarketingConsent() {
        long id = rights.log(agent, customerId, RightKind.OBJECTION, d("2026-11-24"), IdentityStatus.NOT_NEEDED).request().id();
        ws.records().open(agent, customerId, RecordProtections.MARKETING_PURPOSE);
        rights.setFlag(lead, id, RightsFlag.OBJECTS_TO_MARKETING);

        var refused = assertThrows(InvalidInputException.class, () -> ws.records().open(agent, customerId, RecordProtections.MARKETING_PURPOSE));
        assertEquals("rights.objects-to-marketing", refused.violations().get(0).code());
        ws.records().open(agent, customerId, ACCOUNT); // other purposes still work

        var marketing = ws.scripts().scripts().stream().filter(s -> s.id().equals("marketing-preferences")).findFirst().orElseThrow();
        String wording = ws.scripts().purposeOf(marketing).consentWording().version();
        var consent = assertThrows(InvalidInputException.class, () -> ws.intake().save(agent, new IntakeForm(marketing, Map.of(
                "name", "Priya Shah", "phone", "07700 900321", "by-phone", "yes", "by-email", "no", "by-post", "no", "by-sms", "no",
                "nature", "Wants offers", "actions", "Recorded choices"), new org.custodian.core.intake.ConsentCapture(wording, true,
                org.custodian.core.gdpr.ConsentMethod.VERBAL, clock.now.minusSeconds(30)), clock.now.minusSeconds(40)), customerId, true));
        assertEquals("rights.objects-to-marketing", consent.violations().get(0).code());
        assertTrue(new org.custodian.core.customers.CustomerRecords(ws.store().rowMac()).consents(ws.store().dsl(), customerId).isEmpty());
    }
}
