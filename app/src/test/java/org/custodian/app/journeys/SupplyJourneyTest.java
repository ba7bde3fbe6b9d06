package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.supply.SupplyOverview;
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
            Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
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

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
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
}
