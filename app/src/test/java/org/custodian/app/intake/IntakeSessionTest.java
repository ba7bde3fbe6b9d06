package org.custodian.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.custodian.app.intake.IntakeSession.Position;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.intake.ConsentCapture;
import org.custodian.core.intake.DraftService;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.scripts.DefaultScripts;
import org.custodian.core.scripts.Script;
import org.junit.jupiter.api.Test;

/** The wizard's one session object, on the shipped scripts, with no store and no toolkit. */
class IntakeSessionTest {

    private static final Instant STARTED = Instant.parse("2026-11-24T10:00:00Z");

    private static Script script(String id) {
        return DefaultScripts.scripts().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Purpose purposeOf(Script script) {
        return DefaultScripts.purposes().stream().filter(p -> p.code().equals(script.purposeCode())).findFirst().orElseThrow();
    }

    private static IntakeSession start(String id) {
        Script script = script(id);
        return IntakeSession.start(script, purposeOf(script), STARTED);
    }

    @Test
    void aConsentPurposeBeginsAtConsentAndOthersAtTheirFirstStep() {
        assertEquals(Position.Kind.CONSENT, start("marketing-preferences").position().kind());
        IntakeSession complaint = start("complaint");
        assertEquals(new Position(Position.Kind.STEP, "listen"), complaint.position());
        assertFalse(complaint.canGoBack());
    }

    @Test
    void theNavigatorsBranchDecidesTheNextStepAndBackRetracesThePathTaken() {
        IntakeSession session = start("marketing-preferences");
        session.advance();
        assertEquals("who", session.position().stepId());
        session.advance();
        assertEquals("channels", session.position().stepId());
        session.answer("by-email", "no");
        session.advance();
        assertEquals("wrap-up", session.position().stepId(), "no email consent skips the email step");
        session.back();
        assertEquals("channels", session.position().stepId());
        session.answer("by-email", "yes");
        session.advance();
        assertEquals("email", session.position().stepId());
        session.advance();
        session.advance();
        assertEquals(Position.Kind.READ_BACK, session.position().kind());
        assertEquals("wrap-up", session.parkAt(), "parked on read-back, the call resumes at the last step");
    }

    @Test
    void clearingAnAnswerRemovesItFromTheForm() {
        IntakeSession session = start("complaint");
        session.answer("name", "Sam Sample");
        session.answer("name", "");
        assertEquals(Map.of(), session.form().answers());
    }

    @Test
    void aResumedCallIsBackAtItsStepWithThePathBeforeItOnTheBackStack() {
        Script script = script("marketing-preferences");
        Purpose purpose = purposeOf(script);
        ConsentCapture consent = new ConsentCapture(purpose.consentWording().version(), true, ConsentMethod.VERBAL,
                STARTED.plusSeconds(20));
        IntakeForm form = new IntakeForm(script, Map.of("name", "Sam Sample", "by-email", "no"), consent, STARTED);

        IntakeSession session = IntakeSession.resume(new DraftService.Resumed(form, "wrap-up"), purpose);

        assertEquals("wrap-up", session.position().stepId());
        assertEquals("Sam Sample", session.answer("name"));
        session.back();
        assertEquals("channels", session.position().stepId());
        session.back();
        session.back();
        assertEquals(Position.Kind.CONSENT, session.position().kind());
        assertFalse(session.canGoBack());
    }

    @Test
    void aCallParkedWithoutConsentGivenResumesAtTheConsentStep() {
        Script script = script("marketing-preferences");
        IntakeForm form = new IntakeForm(script, Map.of(), null, STARTED);
        IntakeSession session = IntakeSession.resume(new DraftService.Resumed(form, "who"), purposeOf(script));
        assertEquals(Position.Kind.CONSENT, session.position().kind());
        assertTrue(session.answers().isEmpty());
    }
}
