package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.store.schema.Tables.INTERACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.customers.InteractionLine;
import org.custodian.core.records.RecordView;
import org.custodian.core.supply.AuthorityType;
import org.custodian.core.supply.CallLogService;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.EvidenceType;
import org.custodian.core.supply.NewThirdParty;
import org.custodian.core.supply.SupplyOverview;
import org.custodian.core.supply.ThirdParty;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Supplying information on a call: a caller who passes the identity check is told their details and the disclosure
 * is registered; a caller who fails it is told nothing, and the refusal is on record.
 */
@ExtendWith(ApplicationExtension.class)
class SupplyJourneyTest {

    private final AppUnderTest app = new AppUnderTest();

    @Start
    void start(Stage stage) {
        try (Workspace lead = People.leadSession(People.custodian(app.dataDirectory()))) {
            long priya = Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
            // an attorney checked with the OPG needs no verified call to be recorded
            lead.supply().addThirdParty(lead.session(), priya, "account-management", null, new NewThirdParty("Jordan Example",
                    AuthorityType.LASTING_POWER_OF_ATTORNEY, EvidenceType.OPG_REGISTER, null, Set.of(DisclosureItem.ADDRESS), null));
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /** Controls below the fold of the record's scroll pane are reached as a keyboard user reaches them. */
    private static void typeInto(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    private static void press(FxRobot robot, String query) {
        Node button = robot.lookup(query).query();
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE);
    }

    private static void waitForText(FxRobot robot, String query, String start) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, query).startsWith(start));
    }

    private void openRecord(FxRobot robot) {
        Calls.logInToIntake(robot);
        openRecordLoggedIn(robot);
    }

    private void openRecordLoggedIn(FxRobot robot) {
        robot.clickOn("#navSearch");
        waitFor(robot, "#searchField");
        robot.clickOn("#searchField").write("Priya Shah");
        robot.clickOn("#purposeChoice");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Setting up and running the customer's account")).<Node>query());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#openRecord").queryButton().isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the record never became ready to open", e);
        }
        robot.clickOn("#openRecord");
        waitFor(robot, "#checkIdentity");
    }

    @SuppressWarnings("unchecked")
    private static TableView<SupplyOverview.DisclosureLine> register(FxRobot robot) {
        return robot.lookup("#disclosuresTable").queryTableView();
    }

    @Test
    void aVerifiedCallerIsToldTheirDetailsAndTheDisclosureIsRegistered(FxRobot robot) throws Exception {
        openRecord(robot);
        Screens.assertAccessible(robot);
        typeInto(robot, "#verify-date_of_birth", "14 March 1985");
        typeInto(robot, "#verify-postcode", "sw1a1aa");
        press(robot, "#checkIdentity");
        waitForText(robot, "#identityOutcome", "Identity checked: date of birth and postcode matched.");

        press(robot, "#supply-address");
        press(robot, "#supplyButton");
        waitForText(robot, "#suppliedValues", "Address: 1 Example Street");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> register(robot).getItems().size() == 1);
        assertEquals("The customer", register(robot).getItems().get(0).recipient());
        assertEquals("", text(robot, "#supplyMessage"));

        // the end of the call: logged in the interaction log, as intake logs a new customer's call
        Screens.assertAccessible(robot);
        ComboBox<CallLogService.Nature> nature = robot.lookup("#callNature").queryComboBox();
        robot.interact(() -> nature.getSelectionModel().select(nature.getItems().stream()
                .filter(n -> n.title().equals("General enquiry")).findFirst().orElseThrow()));
        typeInto(robot, "#callNote", "Asked where statements go");
        press(robot, "#logCall");
        waitForText(robot, "#callLogged", "Call logged. Actions taken: Identity checked on date of birth and postcode. Disclosed address"
                + " to the customer.");
        assertTrue(robot.lookup("#logCall").queryButton().isDisabled(), "a call is logged once");
        TableView<InteractionLine> interactions = robot.lookup("#interactionsTable").queryTableView();
        assertEquals(2, interactions.getItems().size(), "the record lists the logged call at once");
        assertEquals("General enquiry: Asked where statements go", interactions.getItems().get(0).nature());

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            var log = lead.store().dsl().select(INTERACTION.NATURE, INTERACTION.ACTIONS_TAKEN, INTERACTION.ENQUIRY_TYPE).from(INTERACTION)
                    .orderBy(INTERACTION.ID).fetch();
            assertEquals(2, log.size(), "intake's entry and this call's");
            assertEquals("General enquiry: Asked where statements go", log.get(1).value1());
            assertEquals("Identity checked on date of birth and postcode. Disclosed address to the customer.", log.get(1).value2());
            assertEquals("GENERAL_ENQUIRY", log.get(1).value3());
            List<String> logged = events(lead, "CALL_LOGGED");
            assertEquals(1, logged.size());
            assertTrue(logged.get(0).startsWith("CALL_LOGGED actions=VERIFIED+DISCLOSED;call="), logged.get(0));
            var events = lead.store().dsl().select(EVENT.ACTION, EVENT.DETAILS).from(EVENT)
                    .where(EVENT.ACTION.in("CALLER_VERIFIED", "CALLER_VERIFICATION_FAILED", "DISCLOSURE_MADE", "DISCLOSURE_REFUSED"))
                    .orderBy(EVENT.SEQ).fetch();
            assertEquals(List.of("CALLER_VERIFIED", "DISCLOSURE_MADE"), events.map(r -> r.value1()));
            assertTrue(events.get(0).value2().startsWith("asked=DATE_OF_BIRTH+POSTCODE"), events.get(0).value2());
            assertTrue(events.get(1).value2().contains("items=ADDRESS;recipient=CUSTOMER"), events.get(1).value2());
        });
    }

    @Test
    void aFailedIdentityCheckBlocksDisclosure(FxRobot robot) throws Exception {
        openRecord(robot);
        typeInto(robot, "#verify-date_of_birth", "15/03/1985");
        typeInto(robot, "#verify-postcode", "SW1A 1AA");
        press(robot, "#checkIdentity");
        waitForText(robot, "#identityOutcome", "Identity check failed: an answer did not match the record. Do not say which. 2 more tries");

        press(robot, "#supply-address");
        press(robot, "#supplyButton");
        waitForText(robot, "#supplyMessage", "The caller has not passed the identity check on this call; check their identity first.");
        assertEquals("", text(robot, "#suppliedValues"));
        assertTrue(register(robot).getItems().isEmpty());

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            var events = lead.store().dsl().select(EVENT.ACTION, EVENT.DETAILS).from(EVENT)
                    .where(EVENT.ACTION.in("CALLER_VERIFIED", "CALLER_VERIFICATION_FAILED", "DISCLOSURE_MADE", "DISCLOSURE_REFUSED"))
                    .orderBy(EVENT.SEQ).fetch();
            assertEquals(List.of("CALLER_VERIFICATION_FAILED", "DISCLOSURE_REFUSED"), events.map(r -> r.value1()));
            assertEquals("reason=disclose.unverified;recipient=CUSTOMER", events.get(1).value2());
        });
    }

    private static void checkIdentity(FxRobot robot, String dateOfBirth, String postcode) {
        typeInto(robot, "#verify-date_of_birth", dateOfBirth);
        typeInto(robot, "#verify-postcode", postcode);
        press(robot, "#checkIdentity");
    }

    private static List<String> events(Workspace lead, String... actions) {
        return lead.store().dsl().select(EVENT.ACTION, EVENT.DETAILS).from(EVENT).where(EVENT.ACTION.in(actions)).orderBy(EVENT.SEQ)
                .fetch(r -> r.value1() + " " + r.value2());
    }

    @Test
    void aTeamLeadChoosesTheIdentityCheckAndTheRecordAsksOnlyThat(FxRobot robot) throws Exception {
        Calls.logInToIntake(robot);
        robot.clickOn("#navUsers");
        waitFor(robot, "#policyCard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#policy-postcode").queryAs(CheckBox.class).isSelected());
        Screens.assertAccessible(robot);
        press(robot, "#policy-phone_last_four");
        press(robot, "#policy-security_answer");
        Node spinner = robot.lookup("#policyRequired").query();
        robot.interact(spinner::requestFocus);
        robot.type(KeyCode.UP);
        assertEquals(3, robot.lookup("#policyRequired").queryAs(Spinner.class).getValue());
        press(robot, "#savePolicy");
        waitForText(robot, "#policyMessage", "Correct answers needed: choose at most 2, the number of items ticked, or tick more items.");

        robot.interact(spinner::requestFocus);
        robot.type(KeyCode.DOWN);
        press(robot, "#savePolicy");
        waitForText(robot, "#policySuccess", "Callers must now answer 2 of 2 items correctly: date of birth or postcode.");
        assertEquals("", text(robot, "#policyMessage"));

        openRecordLoggedIn(robot);
        assertTrue(Screens.showing(robot, "#verify-date_of_birth"));
        Screens.assertAbsent(robot, "#verify-phone_last_four");
        assertTrue(text(robot, "#identityHint").startsWith("Ask any 2 of these"));

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> assertEquals(
                List.of("SETTING_CHANGED setting=verification;value=DATE_OF_BIRTH+POSTCODE:2"), events(lead, "SETTING_CHANGED")));
    }

    @Test
    void theSecurityQuestionIsSetOnlyOnceTheCallerIsCheckedAndItsAnswerIsKeptHidden(FxRobot robot) throws Exception {
        openRecord(robot);
        assertTrue(robot.lookup("#securityAnswerField").query() instanceof PasswordField, "the answer is masked as it is typed");
        typeInto(robot, "#securityQuestionField", "Name of your first pet?");
        typeInto(robot, "#securityAnswerField", "Rex the dog");
        press(robot, "#saveSecurityQuestion");
        waitForText(robot, "#securityMessage", "Security question: the caller must pass the identity check on this call");

        checkIdentity(robot, "14 March 1985", "sw1a1aa");
        waitForText(robot, "#identityOutcome", "Identity checked");
        press(robot, "#saveSecurityQuestion");
        waitForText(robot, "#securitySuccess", "Security question saved.");
        assertEquals("", robot.lookup("#securityAnswerField").queryAs(PasswordField.class).getText(), "the answer leaves the screen");
        assertEquals("", text(robot, "#securityMessage"));
        assertTrue(text(robot, "#securityCurrent").startsWith("Current question: \u201cName of your first pet?\u201d"));

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            List<String> set = events(lead, "SECURITY_QUESTION_SET");
            assertEquals(1, set.size());
            assertTrue(set.get(0).matches("SECURITY_QUESTION_SET call=\\d+"), set.get(0));
            assertTrue(lead.store().dsl().select(EVENT.DETAILS).from(EVENT).fetch(EVENT.DETAILS).stream()
                    .noneMatch(d -> d != null && d.toLowerCase(java.util.Locale.ROOT).contains("rex")), "no event holds the answer");
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<SupplyOverview.ThirdPartyLine> parties(FxRobot robot) {
        return robot.lookup("#thirdPartiesTable").queryTableView();
    }

    @Test
    void aThirdPartysAuthorityIsWithdrawnAfterConfirmationAndShowsWithdrawn(FxRobot robot) throws Exception {
        openRecord(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> parties(robot).getItems().size() == 1);
        assertTrue(robot.lookup("#withdrawThirdParty").queryButton().isDisabled(), "nobody is chosen yet");
        robot.interact(() -> {
            parties(robot).requestFocus();
            parties(robot).getSelectionModel().select(0);
        });
        press(robot, "#withdrawThirdParty");
        waitFor(robot, "#confirmWithdraw");
        Screens.assertAccessible(robot);
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#confirmWithdraw").tryQuery().isPresent(), "Esc keeps the authority");
        assertEquals(ThirdParty.Status.ACTIVE, parties(robot).getItems().get(0).status());

        press(robot, "#withdrawThirdParty");
        waitFor(robot, "#confirmWithdraw");
        robot.clickOn("#confirmWithdrawOk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> parties(robot).getItems().get(0).status() == ThirdParty.Status.WITHDRAWN);
        assertEquals("", text(robot, "#withdrawMessage"));
        assertTrue(robot.lookup("#recipientChoice").queryComboBox().getItems().stream()
                .noneMatch(c -> c.toString().startsWith("Jordan Example")), "a withdrawn attorney is no longer offered as a recipient");

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            List<String> withdrawn = events(lead, "THIRD_PARTY_WITHDRAWN");
            assertEquals(1, withdrawn.size());
            assertTrue(withdrawn.get(0).matches("THIRD_PARTY_WITHDRAWN thirdParty=\\d+"), withdrawn.get(0));
        });
    }

    @Test
    void aTeamLeadClearsAFailedChecksFlagWithANote(FxRobot robot) throws Exception {
        openRecord(robot);
        for (int attempt = 1; attempt <= 3; attempt++) {
            checkIdentity(robot, "15/03/1985", "SW1A 1AA");
            int tried = attempt;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tried == 3 ? text(robot, "#identityOutcome").startsWith("Identity check failed 3 times")
                    : text(robot, "#identityOutcome").contains((3 - tried) + " more tries"));
        }
        waitFor(robot, "#flagBox");
        assertTrue(text(robot, "#supplyFlag").contains("until a team lead clears this flag"));
        assertTrue(robot.lookup("#checkIdentity").queryButton().isDisabled());
        Screens.assertAccessible(robot);

        press(robot, "#clearFlagButton");
        waitForText(robot, "#identityMessage", "Note: say what you found");
        assertTrue(Screens.showing(robot, "#flagBox"), "no note, no clearing");

        typeInto(robot, "#clearFlagNote", "Spoke to the customer on a call back to the number on file.");
        press(robot, "#clearFlagButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Screens.showing(robot, "#flagBox"));

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            List<String> flags = events(lead, "RECORD_FLAGGED", "RECORD_FLAG_CLEARED");
            assertEquals(2, flags.size(), flags.toString());
            assertTrue(flags.get(0).startsWith("RECORD_FLAGGED ") && flags.get(0).contains("kind=FAILED_IDENTITY_CHECKS"), flags.get(0));
            assertEquals("RECORD_FLAG_CLEARED kind=FAILED_IDENTITY_CHECKS", flags.get(1), "the note is kept with the flag, not in the event");
        });
    }
}
