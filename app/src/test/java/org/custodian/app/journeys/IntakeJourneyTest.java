package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.intake.SavedIntake;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The intake journeys, driven by #id on the real window with a fresh store each. */
@ExtendWith(ApplicationExtension.class)
class IntakeJourneyTest {

    private final AppUnderTest app = new AppUnderTest();
    private String existingReference;

    @Start
    void start(Stage stage) {
        try (Workspace lead = People.leadSession(People.custodian(app.dataDirectory()))) {
            // Every test gets the same store; the duplicate journey looks for this earlier caller.
            Script complaint = lead.scripts().scripts().stream().filter(s -> s.id().equals("complaint")).findFirst().orElseThrow();
            SavedIntake saved = lead.intake().save(lead.session(), new IntakeForm(complaint, Map.of("name", "Sam Sample",
                    "phone", "07700 900456", "complaint", "Late delivery", "apology", "yes", "resolution", "Refund",
                    "follow-up", followUp(), "nature", "Late delivery", "actions", "Refunded", "outcome", "Resolved"),
                    null, java.time.Instant.now()), null, true);
            existingReference = saved.reference();
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private static String followUp() {
        return LocalDate.now().plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    }

    private static void startScript(FxRobot robot, String listText) {
        robot.clickOn(listText);
        robot.clickOn("#startCall");
        waitFor(robot, "#wizard");
    }

    private static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    @Test
    void newMarketingCustomerGivesConsentFirstThenDetailsAndIsSaved(FxRobot robot) {
        Calls.logInToIntake(robot);
        startScript(robot, "Marketing preferences");
        waitFor(robot, "#consentPane");
        assertTrue(text(robot, "#wizardSay").startsWith("We would like to send you news"));
        assertTrue(text(robot, "#consentBasis").contains("UK GDPR Art 6(1)(a)"));
        assertEquals("Wording version marketing-2026-11", text(robot, "#consentVersion"));
        assertTrue(disabled(robot, "#wizardNext"), "no details before consent");
        Screens.assertAbsent(robot, "#answer-name");
        Screens.assertAccessible(robot);

        robot.clickOn("#consentGiven");
        assertTrue(text(robot, "#consentRecorded").startsWith("Consent given, verbal, on the call, recorded at "));
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-name");
        robot.clickOn("#answer-name").write("Sam Sample");
        robot.clickOn("#answer-phone").write("07700 900123");
        Screens.assertAccessible(robot);
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-by-phone-yes");
        robot.clickOn("#answer-by-phone-yes");
        robot.clickOn("#answer-by-email-no");
        robot.clickOn("#answer-by-post-no");
        robot.clickOn("#answer-by-sms-yes");
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-nature");
        assertEquals("Wrap-up", text(robot, "#wizardStepTitle"), "no email consent skips the email step");
        robot.clickOn("#answer-nature").write("Offers by phone and text");
        robot.clickOn("#answer-actions").write("Recorded channel choices");
        robot.clickOn("#wizardNext");

        waitFor(robot, "#readBack-PHONE");
        assertEquals("07700 900123", text(robot, "#readBack-PHONE"));
        assertEquals("Let me read back your choices before I save them.", text(robot, "#wizardSay"));
        assertTrue(disabled(robot, "#wizardSave"));
        robot.clickOn("#readBackConfirmed");
        robot.clickOn("#wizardSave");
        waitFor(robot, "#savedReference");
        Screens.waitUntilTextNotEmpty(robot, "#savedReference");
        String reference = text(robot, "#savedReference");
        assertTrue(reference.startsWith("CU-"), reference);

        Calls.afterLogOut(robot, app.dataDirectory(), ws ->
                assertEquals("Sam Sample", ws.customers().open(ws.session(), reference, "marketing").orElseThrow().fullName()));
    }

    @Test
    void aComplaintIsTakenThroughListenApologiseSolveThank(FxRobot robot) {
        Calls.logInToIntake(robot);
        startScript(robot, "Complaint (listen, apologise, solve, thank)");
        assertEquals("Listen", text(robot, "#wizardStepTitle"));
        robot.clickOn("#answer-name").write("Alex Sample");
        robot.clickOn("#answer-phone").write("07700 900789");
        robot.clickOn("#answer-complaint").write("The engineer did not arrive");
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-apology-yes");
        robot.clickOn("#answer-apology-yes").clickOn("#wizardNext");
        waitFor(robot, "#answer-resolution");
        robot.clickOn("#answer-resolution").write("Escalated to the field team");
        robot.clickOn("#answer-follow-up").write(followUp());
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-outcome");
        robot.clickOn("#answer-nature").write("Missed appointment");
        robot.clickOn("#answer-actions").write("Apologised and escalated");
        robot.clickOn("#answer-outcome").write("Follow-up booked");
        robot.clickOn("#wizardNext");
        waitFor(robot, "#readBack-COMPLAINT");
        assertEquals("Yes", text(robot, "#readBack-APOLOGY_GIVEN"));
        robot.clickOn("#readBackConfirmed").clickOn("#wizardSave");
        waitFor(robot, "#savedReference");
        Screens.waitUntilTextNotEmpty(robot, "#savedReference");
        String reference = text(robot, "#savedReference");

        Calls.afterLogOut(robot, app.dataDirectory(), ws -> {
            assertEquals(2, ws.store().dsl().fetchCount(CUSTOMER));
            assertEquals("Alex Sample", ws.customers().open(ws.session(), reference, "complaint-handling").orElseThrow().fullName());
        });
    }

    @Test
    void anInvalidPhoneBlocksNextAndSaysWhy(FxRobot robot) {
        Calls.logInToIntake(robot);
        startScript(robot, "Complaint (listen, apologise, solve, thank)");
        robot.clickOn("#answer-name").write("Sam Sample");
        robot.clickOn("#answer-complaint").write("No signal");
        robot.clickOn("#answer-phone").write("07700 9001");

        waitFor(robot, "#answer-phone-message");
        String message = text(robot, "#answer-phone-message");
        assertTrue(message.startsWith("Phone number: "), message);
        assertTrue(disabled(robot, "#wizardNext"));
        assertEquals("• " + message, text(robot, "#problem-0"), "the step's problems say why Next is off");
        robot.clickOn("#wizardNext");
        assertEquals("Listen", text(robot, "#wizardStepTitle"));

        robot.clickOn("#answer-phone").write("23");
        assertFalse(Screens.showing(robot, "#answer-phone-message"));
        assertFalse(disabled(robot, "#wizardNext"));
    }

    @Test
    void cancellingAfterConfirmingSavesNothing(FxRobot robot) {
        Calls.logInToIntake(robot);
        startScript(robot, "Complaint (listen, apologise, solve, thank)");
        robot.clickOn("#answer-name").write("Kim Sample");
        robot.clickOn("#answer-phone").write("07700 900321");
        robot.clickOn("#answer-complaint").write("Billed twice");
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-apology-yes");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(robot, "#confirmCancel");
        assertTrue(text(robot, ".dialog-pane .content").contains("Cancel this call? Nothing will be saved."));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertFalse(robot.lookup("#confirmCancel").tryQuery().isPresent(), "Esc keeps the call");
        assertTrue(Screens.showing(robot, "#answer-apology-yes"));

        robot.clickOn("#wizardCancel");
        waitFor(robot, "#confirmCancel");
        robot.clickOn("#confirmCancelYes");
        waitFor(robot, "#intakeNote");
        assertEquals("Call cancelled. Nothing was saved.", text(robot, "#intakeNote"));

        Calls.afterLogOut(robot, app.dataDirectory(), ws -> {
            assertEquals(1, ws.store().dsl().fetchCount(CUSTOMER), "only the customer saved before the test");
            assertEquals(1, ws.store().dsl().fetchCount(EVENT, EVENT.ACTION.eq("INTAKE_SAVED")));
            assertTrue(ws.drafts().mine(ws.session()).isEmpty());
        });
    }

    @Test
    void aLikelyDuplicateIsSuggestedAndLinked(FxRobot robot) {
        Calls.logInToIntake(robot);
        startScript(robot, "Complaint (listen, apologise, solve, thank)");
        robot.clickOn("#answer-name").write("Sam Sample");
        robot.clickOn("#answer-phone").write("07700 900456");
        robot.clickOn("#answer-complaint").write("Late again");
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-apology-yes");
        robot.clickOn("#answer-apology-no").clickOn("#wizardNext");
        waitFor(robot, "#answer-resolution");
        robot.clickOn("#answer-resolution").write("Refund");
        robot.clickOn("#answer-follow-up").write(followUp());
        robot.clickOn("#wizardNext");
        waitFor(robot, "#answer-outcome");
        robot.clickOn("#answer-nature").write("Late delivery again");
        robot.clickOn("#answer-actions").write("Refunded");
        robot.clickOn("#answer-outcome").write("Resolved");
        robot.clickOn("#wizardNext");

        waitFor(robot, "#linkCandidate0");
        String candidate = robot.lookup("#linkCandidate0").queryLabeled().getText();
        assertTrue(candidate.contains(existingReference) && candidate.contains("Sam Sample"), candidate);
        assertTrue(robot.lookup("#createNewCustomer").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "a new customer unless the agent links");
        Screens.assertAccessible(robot);
        robot.clickOn("#linkCandidate0").clickOn("#readBackConfirmed").clickOn("#wizardSave");
        waitFor(robot, "#savedReference");
        Screens.waitUntilTextNotEmpty(robot, "#savedReference");
        assertEquals(existingReference, text(robot, "#savedReference"));

        Calls.afterLogOut(robot, app.dataDirectory(), ws -> assertEquals(1, ws.store().dsl().fetchCount(CUSTOMER)));
    }
}
