package org.custodian.core.handover;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.store.schema.Tables.HANDOVER;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.rules.Violation;
import org.custodian.core.users.User;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.jooq.Record4;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoverServiceTest {

    private static final String NEED = "Wants the duplicate charge on the November bill explained";
    private static final String DONE = "Checked the account and found two payments";
    private static final String PROMISED = "A call back before five with the refund date";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private HandoverService handovers;
    private Session lead;
    private Session sam;
    private Session robin;
    private long customerId;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        handovers = ws.handovers();
        lead = ws.session();
        sam = session(ws.users().add(lead, AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD)));
        robin = session(ws.users().add(lead, "robin.agent", "Robin Example", Role.AGENT, pw("lantern quarry pebble 58")));
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

    private static Session session(User user) {
        return new Session(user.id(), user.username(), user.displayName(), user.role());
    }

    private HandoverNote note(Receiver to, Urgency urgency, Duration within) {
        return new HandoverNote(customerId, "customer-service", to, NEED, DONE, PROMISED, urgency, clock.now.plus(within));
    }

    private Receiver.Colleague colleague(Session s) {
        return new Receiver.Colleague(s.userId(), s.displayName(), s.username());
    }

    private org.jooq.Result<Record4<Long, String, String, String>> events(String... actions) {
        return ws.store().dsl().select(EVENT.ACTOR_ID, EVENT.ACTION, EVENT.PURPOSE, EVENT.DETAILS).from(EVENT)
                .where(EVENT.ACTION.in(actions)).orderBy(EVENT.SEQ).fetch();
    }

    @Test
    void aHandoverIsSentQueuedOpenedAndConfirmedEachAnEventWithoutTheNote() {
        HandoverItem sent = handovers.send(lead, note(colleague(sam), Urgency.URGENT, Duration.ofHours(2)));
        assertEquals(HandoverStatus.SENT, sent.status());
        assertEquals("Sam Sample", sent.toLabel());
        assertTrue(sent.sentByReader());
        assertTrue(handovers.queue(lead).isEmpty(), "the sender's own handover is not in their queue");

        List<HandoverItem> queue = handovers.queue(sam);
        assertEquals(1, queue.size());
        HandoverItem waiting = queue.get(0);
        assertEquals("Priya Shah", waiting.customerName());
        assertEquals("Alex Example", waiting.fromName());
        assertEquals(Timeliness.ON_TIME, waiting.timeliness());
        assertTrue(waiting.mayAcknowledge());
        assertTrue(handovers.queue(robin).isEmpty(), "a named handover is only in its receiver's queue");

        HandoverItem opened = handovers.open(sam, waiting.id());
        assertEquals(HandoverStatus.OPENED, opened.status());
        assertEquals(NEED, opened.handover().need());
        assertEquals(PROMISED, opened.handover().promised());
        assertEquals(HandoverStatus.OPENED, handovers.sent(lead).get(0).status(), "the sender sees it was opened");

        clock.now = clock.now.plusSeconds(300);
        HandoverItem confirmed = handovers.acknowledge(sam, waiting.id());
        assertEquals(HandoverStatus.ACKNOWLEDGED, confirmed.status());
        assertEquals("Sam Sample", confirmed.acknowledgedBy());
        assertTrue(handovers.queue(sam).isEmpty(), "a confirmed handover leaves the queue");
        HandoverItem asSent = handovers.sent(lead).get(0);
        assertEquals(HandoverStatus.ACKNOWLEDGED, asSent.status());
        assertEquals(clock.now, asSent.handover().acknowledgedAt());
        assertEquals(List.of(HandoverStatus.ACKNOWLEDGED), handovers.forCustomer(robin, customerId).stream()
                .map(HandoverItem::status).toList(), "the customer's record shows it");

        var logged = events("HANDOVER_SENT", "HANDOVER_OPENED", "HANDOVER_ACKNOWLEDGED");
        assertEquals(List.of("HANDOVER_SENT", "HANDOVER_OPENED", "HANDOVER_ACKNOWLEDGED"), logged.map(Record4::value2));
        assertEquals(List.of(lead.userId(), sam.userId(), sam.userId()), logged.map(Record4::value1));
        assertTrue(logged.stream().allMatch(r -> "customer-service".equals(r.value3())), "each names the purpose");
        String id = Long.toString(sent.id());
        assertEquals("handover=" + id + ";to_user=" + sam.userId() + ";urgency=URGENT", logged.get(0).value4());
        assertEquals("handover=" + id, logged.get(1).value4());
        assertEquals("handover=" + id + ";overdue=false", logged.get(2).value4());
        String subject = ws.store().subjectKeys().forCustomer(customerId);
        assertEquals(3, ws.store().dsl().fetchCount(EVENT, EVENT.ACTION.like("HANDOVER_%").and(EVENT.SUBJECT_KEY.eq(subject))));
        assertInstanceOf(ChainVerification.Intact.class, ws.audit().verify(lead));
    }

    @Test
    void noEventHoldsTheNoteOrTheCustomersName() {
        HandoverItem sent = handovers.send(lead, note(new Receiver.Queue("billing", "Billing"), Urgency.HIGH, Duration.ofHours(5)));
        handovers.open(robin, sent.id());
        handovers.acknowledge(robin, sent.id());
        for (var row : ws.store().dsl().select(EVENT.DETAILS, EVENT.PURPOSE, EVENT.SUBJECT_KEY).from(EVENT).fetch()) {
            String all = row.value1() + " " + row.value2() + " " + row.value3();
            for (String secret : List.of("duplicate", "payments", "refund", "Priya", "Shah", "November")) {
                assertFalse(all.toLowerCase().contains(secret.toLowerCase()), "an event holds note text: " + secret);
            }
        }
        assertEquals("department=billing;handover=" + sent.id() + ";urgency=HIGH",
                events("HANDOVER_SENT").get(0).value4());
    }

    @Test
    void onlyTheNamedReceiverConfirmsAndTheRefusalSaysWho() {
        long id = handovers.send(lead, note(colleague(sam), Urgency.HIGH, Duration.ofHours(5))).id();
        AccessDeniedException bySender = assertThrows(AccessDeniedException.class, () -> handovers.acknowledge(lead, id));
        assertEquals("Only Sam Sample, to whom it was sent, can confirm this handover.", bySender.userMessage());
        assertThrows(AccessDeniedException.class, () -> handovers.acknowledge(robin, id));
        assertThrows(AccessDeniedException.class, () -> handovers.open(robin, id), "another agent cannot read it");
        assertEquals(HandoverStatus.SENT, handovers.open(lead, id).status(), "the sender opening it does not mark it opened");

        handovers.acknowledge(sam, id);
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> handovers.acknowledge(sam, id));
        assertEquals("Handover: Sam Sample has already confirmed this handover.", twice.violations().get(0).message());
        assertEquals(1, events("HANDOVER_ACKNOWLEDGED").size());
    }

    @Test
    void aDepartmentHandoverIsInEveryonesQueueButItsSendersAndAnyoneElseConfirms() {
        long id = handovers.send(sam, note(new Receiver.Queue("complaints", "Complaints"), Urgency.ROUTINE, Duration.ofDays(2))).id();
        assertEquals("Complaints (department queue)", handovers.queue(robin).get(0).toLabel());
        assertEquals(1, handovers.queue(lead).size());
        assertTrue(handovers.queue(sam).isEmpty());
        AccessDeniedException own = assertThrows(AccessDeniedException.class, () -> handovers.acknowledge(sam, id));
        assertEquals("Only a colleague other than its sender can confirm this handover.", own.userMessage());
        assertEquals("Robin Example", handovers.acknowledge(robin, id).acknowledgedBy());
        assertTrue(handovers.queue(lead).isEmpty());
    }

    @Test
    void anOverdueHandoverStandsFirstAndItsConfirmationSaysItWasLate() {
        long later = handovers.send(lead, note(colleague(sam), Urgency.ROUTINE, Duration.ofDays(2))).id();
        long urgent = handovers.send(lead, note(colleague(sam), Urgency.URGENT, Duration.ofHours(2))).id();
        assertEquals(List.of(urgent, later), handovers.queue(sam).stream().map(HandoverItem::id).toList());
        clock.now = clock.now.plus(Duration.ofHours(3));
        List<HandoverItem> queue = handovers.queue(sam);
        assertEquals(List.of(Timeliness.OVERDUE, Timeliness.ON_TIME), queue.stream().map(HandoverItem::timeliness).toList());
        assertTrue(queue.get(0).overdue());
        handovers.acknowledge(sam, urgent);
        assertEquals("handover=" + urgent + ";overdue=true", events("HANDOVER_ACKNOWLEDGED").get(0).value4());
    }

    @Test
    void anIncompleteNoteIsRefusedWithEveryProblemAndNothingIsSaved() {
        HandoverNote blank = new HandoverNote(customerId, "customer-service", colleague(sam), "", "  ", null, null,
                clock.now.minusSeconds(1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> handovers.send(lead, blank));
        assertEquals(List.of("Customer's need", "What has been done", "Urgency", "By when"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals(List.of("handover.need", "handover.done", "handover.urgency", "handover.due-passed"),
                e.violations().stream().map(Violation::code).toList());
        assertEquals(e.violations(), handovers.check(lead, blank), "the check as typed says the same");
        InvalidInputException noPurpose = assertThrows(InvalidInputException.class, () -> handovers.send(lead,
                new HandoverNote(customerId, null, colleague(sam), NEED, DONE, null, Urgency.HIGH, clock.now.plusSeconds(3600))));
        assertEquals("handover.purpose", noPurpose.violations().get(0).code());
        assertEquals(0, ws.store().dsl().fetchCount(HANDOVER));
        assertEquals(0, events("HANDOVER_SENT").size());
    }

    @Test
    void theReceiversOfferDepartmentsThenColleaguesNeverOneselfAndTeamLeadsManageDepartments() {
        assertEquals(List.of("Billing (department queue)", "Complaints (department queue)", "Team leads (department queue)",
                        "Technical support (department queue)", "Robin Example (robin.agent)", "Sam Sample (sam.agent)"),
                handovers.receivers(lead).stream().map(Receiver::label).toList());
        assertFalse(handovers.receivers(sam).stream().anyMatch(r -> r.label().startsWith("Sam Sample")));

        assertThrows(AccessDeniedException.class, () -> handovers.addDepartment(sam, "Debt & Recovery"));
        Department debt = handovers.addDepartment(lead, "Debt & Recovery");
        assertEquals("debt-and-recovery", debt.code());
        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> handovers.addDepartment(lead, "debt & recovery"));
        assertEquals("department.taken", taken.violations().get(0).code());
        assertTrue(handovers.receivers(sam).contains(new Receiver.Queue("debt-and-recovery", "Debt & Recovery")));

        long queued = handovers.send(sam, note(new Receiver.Queue("debt-and-recovery", "Debt & Recovery"), Urgency.HIGH,
                Duration.ofHours(4))).id();
        handovers.retireDepartment(lead, "debt-and-recovery");
        assertFalse(handovers.receivers(sam).stream().anyMatch(r -> r.label().startsWith("Debt")));
        InvalidInputException retired = assertThrows(InvalidInputException.class, () -> handovers.send(sam,
                note(new Receiver.Queue("debt-and-recovery", "Debt & Recovery"), Urgency.HIGH, Duration.ofHours(4))));
        assertEquals("handover.to-gone", retired.violations().get(0).code());
        assertEquals(List.of(queued), handovers.queue(robin).stream().map(HandoverItem::id).toList(),
                "what a retired department was sent stays until confirmed");
        assertEquals(List.of("department=debt-and-recovery", "department=debt-and-recovery"),
                events("DEPARTMENT_ADDED", "DEPARTMENT_RETIRED").map(Record4::value4));
    }

    @Test
    void aNoteChangedOutsideCustodianIsReportedAndNeverShown() {
        long id = handovers.send(lead, note(colleague(sam), Urgency.HIGH, Duration.ofHours(5))).id();
        ws.store().dsl().update(HANDOVER).set(HANDOVER.PROMISED, "A full refund today").where(HANDOVER.ID.eq(id)).execute();
        IntegrityException e = assertThrows(IntegrityException.class, () -> handovers.queue(sam));
        assertEquals("handover", e.table());
        assertThrows(IntegrityException.class, () -> handovers.forCustomer(lead, customerId));
        assertThrows(IntegrityException.class, () -> handovers.open(sam, id));
        ws.store().dsl().update(HANDOVER).set(HANDOVER.PROMISED, PROMISED).set(HANDOVER.TO_USER, robin.userId())
                .where(HANDOVER.ID.eq(id)).execute();
        assertThrows(IntegrityException.class, () -> handovers.queue(robin), "a handover redirected to someone else is caught");
    }
}
