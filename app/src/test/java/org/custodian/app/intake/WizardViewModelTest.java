package org.custodian.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.custodian.core.store.schema.Tables.CUSTOMER;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.app.intake.IntakeSession.Position;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard against a real store, with work run synchronously and no toolkit. */
class WizardViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private final Clock clock = Clock.systemDefaultZone();
    private final List<String> exits = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Script script(String id) {
        return workspace.scripts().scripts().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private WizardViewModel wizard(String scriptId) {
        Script script = script(scriptId);
        return wizard(IntakeSession.start(script, workspace.scripts().purposeOf(script), clock.instant()));
    }

    private WizardViewModel wizard(IntakeSession session) {
        return new WizardViewModel(workspace, new SynchronousTaskRunner(), clock, session, exits::add);
    }

    private static void type(WizardViewModel wizard, String questionId, String value) {
        wizard.inputs().stream().filter(i -> i.questionId().equals(questionId)).findFirst().orElseThrow()
                .valueProperty().set(value);
    }

    private static AnswerInput input(WizardViewModel wizard, String questionId) {
        return wizard.inputs().stream().filter(i -> i.questionId().equals(questionId)).findFirst().orElseThrow();
    }

    @Test
    void noDetailsCanBeTakenUntilTheCallerConsents() {
        WizardViewModel wizard = wizard("marketing-preferences");
        assertEquals(Position.Kind.CONSENT, wizard.positionProperty().get().kind());
        assertTrue(wizard.sayProperty().get().startsWith("We would like to send you news"), "the wording is read aloud first");
        assertEquals("Wording version marketing-2026-11", wizard.consent().wordingVersion());
        assertEquals("Consent (UK GDPR Art 6(1)(a))", wizard.consent().lawfulBasis());
        assertFalse(wizard.canGoNextProperty().get());
        assertTrue(wizard.problems().get(0).startsWith("Consent: read the wording"));
        wizard.next();
        assertEquals(Position.Kind.CONSENT, wizard.positionProperty().get().kind(), "Next does nothing while blocked");

        wizard.consent().givenProperty().set(false);
        assertFalse(wizard.canGoNextProperty().get());
        assertTrue(wizard.problems().get(0).contains("the caller said no"));

        wizard.consent().givenProperty().set(true);
        wizard.consent().methodProperty().set(ConsentMethod.WRITTEN);
        assertTrue(wizard.canGoNextProperty().get());
        assertTrue(wizard.consent().recordedProperty().get().startsWith("Consent given, written, recorded at "));
        assertTrue(wizard.consent().recordedProperty().get().contains(" UTC "));
        assertEquals(ConsentMethod.WRITTEN, wizard.session().consent().method());
        wizard.next();
        assertEquals("who", wizard.positionProperty().get().stepId());
    }

    @Test
    void answersAreCheckedAsTypedAndNextWaitsForEveryProblemOnTheStep() {
        WizardViewModel wizard = wizard("complaint");
        assertFalse(wizard.canGoNextProperty().get());
        assertEquals(3, wizard.problems().size(), "three mandatory questions unanswered");
        assertTrue(wizard.problems().get(0).startsWith("Full name: this is needed"));
        assertEquals("Full name (required)", input(wizard, "name").fieldLabel());

        type(wizard, "name", "Sam Sample");
        type(wizard, "phone", "07700 9001");
        type(wizard, "complaint", "The engineer did not arrive");
        assertTrue(input(wizard, "phone").messageProperty().get().startsWith("Phone number: "));
        assertEquals("", input(wizard, "name").messageProperty().get());
        assertEquals(1, wizard.problems().size());
        assertFalse(wizard.canGoNextProperty().get());

        type(wizard, "phone", "07700 900123");
        assertEquals("", input(wizard, "phone").messageProperty().get());
        assertTrue(wizard.canGoNextProperty().get());
        wizard.next();
        assertEquals("apologise", wizard.positionProperty().get().stepId());
        wizard.back();
        assertEquals("07700 900123", input(wizard, "phone").valueProperty().get(), "Back keeps what was typed");
    }

    @Test
    void aComplaintIsReadBackAndSavedOnlyOnceTheCallerConfirms() {
        WizardViewModel wizard = wizard("complaint");
        complaint(wizard);
        assertEquals(Position.Kind.READ_BACK, wizard.positionProperty().get().kind());
        ReadBackViewModel readBack = wizard.readBack();
        assertTrue(readBack.reviewedProperty().get());
        assertTrue(readBack.lines().stream().anyMatch(l -> l.label().equals("Phone number") && l.value().equals("07700 900123")));
        assertTrue(readBack.duplicates().isEmpty());
        assertFalse(readBack.canSave().get());

        readBack.confirmedProperty().set(true);
        assertTrue(readBack.canSave().get());
        wizard.save();

        assertEquals(Position.Kind.SAVED, wizard.positionProperty().get().kind());
        assertTrue(wizard.referenceProperty().get().startsWith("CU-"));
        assertFalse(wizard.canGoBackProperty().get());
        assertEquals(1, workspace.store().dsl().fetchCount(CUSTOMER));
        wizard.startAnother();
        assertEquals(List.of(""), exits);
    }

    private static void complaint(WizardViewModel wizard) {
        type(wizard, "name", "Sam Sample");
        type(wizard, "phone", "07700 900123");
        type(wizard, "complaint", "The engineer did not arrive");
        wizard.next();
        type(wizard, "apology", "yes");
        wizard.next();
        type(wizard, "resolution", "Escalated to the field team");
        type(wizard, "follow-up", java.time.LocalDate.now().plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        wizard.next();
        type(wizard, "nature", "Missed appointment");
        type(wizard, "actions", "Apologised and escalated");
        type(wizard, "outcome", "Follow-up booked");
        wizard.next();
    }

    @Test
    void aLikelyDuplicateIsOfferedAndLinkingSavesToThatCustomer() {
        Script script = script("complaint");
        var first = workspace.intake().save(workspace.session(), new IntakeForm(script, Map.of("name", "Sam Sample",
                "phone", "07700 900123", "complaint", "x", "apology", "no", "resolution", "y",
                "follow-up", java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")),
                "nature", "n", "actions", "a", "outcome", "o"), null, clock.instant()), null, true);

        WizardViewModel wizard = wizard("complaint");
        complaint(wizard);
        ReadBackViewModel readBack = wizard.readBack();
        assertEquals(1, readBack.duplicates().size());
        assertEquals(first.reference(), readBack.duplicates().get(0).reference());
        assertNull(readBack.linkToProperty().get(), "a new customer unless the agent links");

        readBack.linkToProperty().set(readBack.duplicates().get(0));
        readBack.confirmedProperty().set(true);
        wizard.save();

        assertEquals(first.reference(), wizard.referenceProperty().get());
        assertEquals(1, workspace.store().dsl().fetchCount(CUSTOMER));
    }

    @Test
    void coresRefusalAtReadBackIsShownAndSaveStaysOff() {
        Script script = script("marketing-preferences");
        IntakeSession session = IntakeSession.start(script, workspace.scripts().purposeOf(script), clock.instant());
        session.advance();
        session.answer("name", "Sam Sample");
        session.answer("phone", "07700 900123");
        session.advance();
        session.answer("by-phone", "yes");
        session.answer("by-email", "no");
        session.answer("by-post", "no");
        session.answer("by-sms", "no");
        session.advance();
        session.answer("nature", "Offers by phone");
        session.answer("actions", "Recorded choices");
        session.advance();

        WizardViewModel wizard = wizard(session);

        assertEquals(Position.Kind.READ_BACK, wizard.positionProperty().get().kind());
        assertTrue(wizard.readBack().problems().get(0).startsWith("Consent: "), wizard.readBack().problems().toString());
        wizard.readBack().confirmedProperty().set(true);
        assertFalse(wizard.readBack().canSave().get());
        assertTrue(wizard.canGoBackProperty().get(), "the agent can go back to fix it");
    }

    @Test
    void cancellingLeavesWithoutSavingAnything() {
        WizardViewModel wizard = wizard("complaint");
        type(wizard, "name", "Sam Sample");
        wizard.cancel();
        assertEquals(List.of("Call cancelled. Nothing was saved."), exits);
        assertEquals(0, workspace.store().dsl().fetchCount(CUSTOMER));
        assertTrue(workspace.drafts().mine(workspace.session()).isEmpty());
    }

    @Test
    void startingParkingAndResumingFromTheIntakePage() {
        IntakeViewModel page = new IntakeViewModel(workspace, new SynchronousTaskRunner(), clock);
        page.refresh();
        assertEquals(6, page.scripts().size());
        assertNotNull(page.chosenScriptProperty().get());
        page.chosenScriptProperty().set(page.scripts().stream()
                .filter(c -> c.script().id().equals("complaint")).findFirst().orElseThrow());
        page.start();
        WizardViewModel wizard = page.wizardProperty().get();
        type(wizard, "name", "Sam Sample");
        type(wizard, "phone", "07700 900123");
        type(wizard, "complaint", "The engineer did not arrive");
        wizard.next();

        wizard.park();

        assertNull(page.wizardProperty().get());
        assertTrue(page.noteProperty().get().startsWith("Call parked."));
        assertEquals(1, page.parked().size());
        assertTrue(page.parked().get(0).text().startsWith("Complaint · parked "));
        assertFalse(page.parked().get(0).text().contains("Sam"), "the list holds no personal data");

        page.chosenParkedProperty().set(page.parked().get(0));
        page.resume();
        WizardViewModel resumed = page.wizardProperty().get();
        assertEquals("apologise", resumed.positionProperty().get().stepId());
        resumed.back();
        assertEquals("Sam Sample", input(resumed, "name").valueProperty().get());
        assertTrue(workspace.drafts().mine(workspace.session()).isEmpty(), "a resumed call leaves the parked list");
    }

    @Test
    void aDiscardedParkedCallIsGone() {
        IntakeViewModel page = new IntakeViewModel(workspace, new SynchronousTaskRunner(), clock);
        page.refresh();
        page.start();
        page.wizardProperty().get().park();
        page.chosenParkedProperty().set(page.parked().get(0));

        page.discard();

        assertEquals("Parked call discarded.", page.noteProperty().get());
        assertTrue(page.parked().isEmpty());
        assertTrue(workspace.drafts().mine(workspace.session()).isEmpty());
    }

    @Test
    void leavingThePageMidCallParksItAndAnUntouchedCallIsJustClosed() {
        WizardViewModel untouched = wizard("complaint");
        untouched.leave();
        assertTrue(workspace.drafts().mine(workspace.session()).isEmpty(), "nothing typed, nothing parked");

        WizardViewModel started = wizard("complaint");
        type(started, "name", "Sam Sample");
        started.leave();
        assertEquals(1, workspace.drafts().mine(workspace.session()).size(), "what was typed waits in the parked list");
    }
}
