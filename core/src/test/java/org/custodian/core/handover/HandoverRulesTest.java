package org.custodian.core.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.custodian.core.auth.Role;
import org.custodian.core.rules.Violation;
import org.custodian.core.validation.Checked;
import org.junit.jupiter.api.Test;

class HandoverRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final long SENDER = 1;
    private static final long RECEIVER = 2;
    private static final long OTHER = 3;
    private static final Receiver TO_COLLEAGUE = new Receiver.Colleague(RECEIVER, "Sam Sample", "sam.agent");

    private static HandoverNote note(Receiver to, String need, String done, String promised, Urgency urgency, Instant due) {
        return new HandoverNote(10, "customer-service", to, need, done, promised, urgency, due);
    }

    private static HandoverNote good() {
        return note(TO_COLLEAGUE, "Wants the refund explained", "Checked the account", "A call back today", Urgency.URGENT,
                NOW.plus(Duration.ofHours(2)));
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    private static Handover stored(Long toUser, String toDepartment, Instant due, Instant acknowledgedAt) {
        return new Handover(7, 10, "customer-service", SENDER, NOW.minusSeconds(600), toUser, toDepartment, "need", "done", null,
                Urgency.HIGH, due, null, null, acknowledgedAt, acknowledgedAt == null ? null : RECEIVER);
    }

    @Test
    void aCompleteNoteHasNoProblemsAndNothingPromisedIsAllowed() {
        assertEquals(List.of(), HandoverRules.check(good(), SENDER, NOW));
        assertEquals(List.of(), HandoverRules.check(note(new Receiver.Queue("billing", "Billing"), "need", "Nothing yet", "",
                Urgency.ROUTINE, NOW.plus(Duration.ofDays(3))), SENDER, NOW));
    }

    @Test
    void eachMissingPartIsNamedWithItsFix() {
        List<Violation> problems = HandoverRules.check(note(null, " ", null, null, null, null), SENDER, NOW);
        assertEquals(List.of("handover.to", "handover.need", "handover.done", "handover.urgency", "handover.due"), codes(problems));
        assertEquals("To: choose a colleague or a department.", problems.get(0).message());
        assertEquals("Customer's need: say what the customer needs.", problems.get(1).message());
        assertTrue(problems.get(2).message().startsWith("What has been done: "));
        assertEquals("By when: choose a date and time.", problems.get(4).message());
    }

    @Test
    void nobodyHandsOverToThemselves() {
        HandoverNote toSelf = note(new Receiver.Colleague(SENDER, "Alex Example", "alex.lead"), "n", "d", null, Urgency.HIGH,
                NOW.plusSeconds(3600));
        assertEquals(List.of("handover.to-self"), codes(HandoverRules.check(toSelf, SENDER, NOW)));
    }

    @Test
    void freeTextIsLimitedAndNeverHoldsCardData() {
        HandoverNote longNeed = note(TO_COLLEAGUE, "x".repeat(HandoverRules.NEED_MAX + 1), "d",
                "Refund to card 4111 1111 1111 1111", Urgency.HIGH, NOW.plusSeconds(3600));
        List<Violation> problems = HandoverRules.check(longNeed, SENDER, NOW);
        assertEquals(List.of("text.too-long", "text.card-number"), codes(problems));
        assertEquals("Customer's need", problems.get(0).field());
        assertEquals("What was promised", problems.get(1).field());
    }

    @Test
    void theByWhenMustBeAheadButNotTooFar() {
        assertEquals(List.of("handover.due-passed"), codes(HandoverRules.checkDue(NOW, NOW)));
        assertEquals(List.of("handover.due-passed"), codes(HandoverRules.checkDue(NOW.minusSeconds(1), NOW)));
        assertEquals(List.of(), codes(HandoverRules.checkDue(NOW.plus(Duration.ofDays(30)), NOW)));
        assertEquals(List.of("handover.due-too-far"), codes(HandoverRules.checkDue(NOW.plus(Duration.ofDays(31)), NOW)));
    }

    @Test
    void aTypedTimeIsReadInTheLocalZone() {
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate summer = LocalDate.of(2026, 7, 1);
        assertEquals(Instant.parse("2026-07-01T15:30:00Z"), HandoverRules.due(summer, "16:30", london).valueIfValid().orElseThrow());
        assertEquals(Instant.parse("2026-07-01T08:05:00Z"), HandoverRules.due(summer, "9.05", london).valueIfValid().orElseThrow());
        assertEquals(Instant.parse("2026-07-01T08:30:00Z"), HandoverRules.due(summer, "0930", london).valueIfValid().orElseThrow());
        Checked<Instant> bad = HandoverRules.due(summer, "25:00", london);
        assertEquals("By when: type the time as hours and minutes, for example 16:30.", bad.problems().get(0).message());
        assertEquals("handover.due-date", HandoverRules.due(null, "10:00", london).problems().get(0).code());
    }

    @Test
    void urgencySuggestsAByWhenRoundedToFiveMinutes() {
        Instant now = Instant.parse("2026-11-24T10:01:30Z");
        assertEquals(Instant.parse("2026-11-24T12:05:00Z"), HandoverRules.defaultDue(Urgency.URGENT, now));
        assertEquals(Instant.parse("2026-11-25T10:05:00Z"), HandoverRules.defaultDue(Urgency.HIGH, now));
        assertEquals(Instant.parse("2026-11-27T10:00:00Z"), HandoverRules.defaultDue(Urgency.ROUTINE, NOW));
    }

    @Test
    void overdueIsAFunctionOfTheClockUntilConfirmed() {
        Handover h = stored(RECEIVER, null, NOW.plus(Duration.ofHours(2)), null);
        assertEquals(Timeliness.ON_TIME, HandoverRules.timeliness(h, NOW));
        assertEquals(Timeliness.DUE_SOON, HandoverRules.timeliness(h, NOW.plus(Duration.ofHours(1))));
        assertEquals(Timeliness.DUE_SOON, HandoverRules.timeliness(h, NOW.plus(Duration.ofHours(2))));
        assertEquals(Timeliness.OVERDUE, HandoverRules.timeliness(h, NOW.plus(Duration.ofHours(2)).plusSeconds(1)));
        Handover confirmed = stored(RECEIVER, null, NOW.plus(Duration.ofHours(2)), NOW);
        assertEquals(Timeliness.ACKNOWLEDGED, HandoverRules.timeliness(confirmed, NOW.plus(Duration.ofDays(9))));
    }

    @Test
    void theQueuePutsOverdueFirstThenByWhenThenUrgency() {
        Handover later = stored(RECEIVER, null, NOW.plus(Duration.ofHours(5)), null);
        Handover overdue = new Handover(8, 10, "p", SENDER, NOW.minusSeconds(9000), RECEIVER, null, "n", "d", null, Urgency.ROUTINE,
                NOW.minusSeconds(60), null, null, null, null);
        Handover soonRoutine = new Handover(9, 10, "p", SENDER, NOW, RECEIVER, null, "n", "d", null, Urgency.ROUTINE,
                NOW.plus(Duration.ofHours(1)), null, null, null, null);
        Handover soonUrgent = new Handover(10, 10, "p", SENDER, NOW, RECEIVER, null, "n", "d", null, Urgency.URGENT,
                NOW.plus(Duration.ofHours(1)), null, null, null, null);
        List<Handover> queue = new ArrayList<>(List.of(later, soonRoutine, overdue, soonUrgent));
        queue.sort(HandoverRules.queueOrder(NOW));
        assertEquals(List.of(8L, 10L, 9L, 7L), queue.stream().map(Handover::id).toList());
    }

    @Test
    void onlyTheNamedReceiverOrForADepartmentAnyoneButTheSenderConfirms() {
        Handover named = stored(RECEIVER, null, NOW.plusSeconds(3600), null);
        assertEquals(HandoverRules.Acknowledgement.ALLOWED, HandoverRules.mayAcknowledge(named, RECEIVER));
        assertEquals(HandoverRules.Acknowledgement.NOT_THE_RECEIVER, HandoverRules.mayAcknowledge(named, OTHER));
        assertEquals(HandoverRules.Acknowledgement.NOT_THE_RECEIVER, HandoverRules.mayAcknowledge(named, SENDER));
        Handover queued = stored(null, "billing", NOW.plusSeconds(3600), null);
        assertEquals(HandoverRules.Acknowledgement.ALLOWED, HandoverRules.mayAcknowledge(queued, OTHER));
        assertEquals(HandoverRules.Acknowledgement.SENDER, HandoverRules.mayAcknowledge(queued, SENDER));
        Handover done = stored(RECEIVER, null, NOW.plusSeconds(3600), NOW);
        assertEquals(HandoverRules.Acknowledgement.ALREADY_ACKNOWLEDGED, HandoverRules.mayAcknowledge(done, RECEIVER));
    }

    @Test
    void aNamedHandoverIsReadByItsPartiesAndTeamLeadsOnly() {
        Handover named = stored(RECEIVER, null, NOW.plusSeconds(3600), null);
        assertTrue(HandoverRules.mayRead(named, SENDER, Role.AGENT));
        assertTrue(HandoverRules.mayRead(named, RECEIVER, Role.AGENT));
        assertFalse(HandoverRules.mayRead(named, OTHER, Role.AGENT));
        assertTrue(HandoverRules.mayRead(named, OTHER, Role.TEAM_LEAD));
        assertTrue(HandoverRules.mayRead(stored(null, "billing", NOW.plusSeconds(3600), null), OTHER, Role.AGENT));
    }

    @Test
    void departmentNamesAreCheckedAndBecomePlainCodes() {
        assertEquals(List.of(), HandoverRules.checkDepartmentName("Debt & Recovery"));
        assertEquals("department.name", HandoverRules.checkDepartmentName("  ").get(0).code());
        assertEquals("department.name-form", HandoverRules.checkDepartmentName("<script>").get(0).code());
        assertEquals("debt-and-recovery", HandoverRules.departmentCode("Debt & Recovery"));
        assertEquals("reclamations", HandoverRules.departmentCode("Réclamations"));
    }
}
