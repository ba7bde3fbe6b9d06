package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.records.RecordView;
import org.custodian.core.search.SearchHit;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An agent's look-up during a call: a misspelt name finds the customer, the record opens for a stated purpose, a
 * masked detail is revealed (and logged), and a correction with its reason shows in the history.
 */
@ExtendWith(ApplicationExtension.class)
class SearchJourneyTest {

    private final AppUnderTest app = new AppUnderTest();

    @Start
    void start(Stage stage) {
        try (Workspace lead = People.leadSession(People.custodian(app.dataDirectory()))) {
            Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
            Customers.save(lead, Customers.like("Oliver Brown", "07700 900654", "oliver.brown@example.com"));
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SearchHit> results(FxRobot robot) {
        return robot.lookup("#searchResults").queryTableView();
    }

    /** An item in an open drop-down list, never a label elsewhere with the same words. */
    private static javafx.scene.Node listCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query();
    }

    private static String focusedId(FxRobot robot) {
        javafx.scene.Node owner = robot.lookup("#recordName").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @Test
    void aMisspeltNameFindsTheCustomerWhoseRecordOpensForAPurposeWithRevealsAndCorrectionsOnRecord(FxRobot robot) throws Exception {
        Calls.logInToIntake(robot);
        robot.clickOn("#navSearch");
        waitFor(robot, "#searchField");
        Screens.assertAccessible(robot);

        robot.clickOn("#searchField").write("Priya Sha");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !results(robot).getItems().isEmpty()
                && results(robot).getItems().get(0).fullName().equals("Priya Shah"));
        robot.doubleClickOn("#searchField").eraseText(20).write("Pryia Shah");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> text(robot, "#searchStatus")
                .equals("1 customer found by name, closest first."));
        assertEquals(List.of("Priya Shah"), results(robot).getItems().stream().map(SearchHit::fullName).toList());
        assertEquals("SW1A", results(robot).getItems().get(0).outwardPostcode());
        assertTrue(robot.lookup("#openRecord").queryButton().isDisabled(), "no purpose yet");

        robot.clickOn("#purposeChoice");
        robot.clickOn(listCell(robot, "Setting up and running the customer's account"));
        robot.clickOn("#openRecord");
        waitFor(robot, "#recordName");
        Screens.assertAccessible(robot);
        assertEquals("Priya Shah", text(robot, "#recordName"));
        assertEquals("Opened for: Setting up and running the customer's account", text(robot, "#recordPurpose"));
        assertEquals("••••••", text(robot, "#value-date_of_birth"));
        assertEquals("••••• •••321", text(robot, "#value-phone-1"));

        // keyboard: from "Back to results", Tab reaches the first Reveal
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> "closeRecord".equals(focusedId(robot)));
        robot.type(KeyCode.TAB);
        assertEquals("reveal-date_of_birth", focusedId(robot));
        robot.clickOn("#reveal-date_of_birth");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> text(robot, "#value-date_of_birth").equals("14 March 1985"));
        assertFalse(robot.lookup("#reveal-date_of_birth").query().isVisible(), "revealed: nothing more to reveal");

        robot.clickOn("#rectifyButton");
        waitFor(robot, "#rectifyDialog");
        Screens.assertAccessible(robot);
        robot.clickOn("#rectifyField");
        robot.clickOn(listCell(robot, "Postcode")); // not the record's own "Postcode" label behind the dialog
        robot.clickOn("#rectifyValue").write("M1 1A");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#rectifyValueProblem").startsWith("New value: this is not a UK postcode"));
        assertTrue(robot.lookup("#saveRectify").queryButton().isDisabled());
        robot.write("E");
        robot.clickOn("#rectifyReason");
        robot.clickOn(listCell(robot, "The customer's details have changed"));
        robot.clickOn("#saveRectify");
        waitFor(robot, "#recordSuccess");
        assertEquals("Postcode corrected. The old value is kept in the history with your reason.", text(robot, "#recordSuccess"));
        @SuppressWarnings("unchecked")
        TableView<RecordView.HistoryLine> history = robot.lookup("#historyTable").queryTableView();
        assertEquals(1, history.getItems().size());
        assertEquals("SW1A 1AA", history.getItems().get(0).oldValue());
        assertEquals("The customer's details have changed", history.getItems().get(0).reason());

        robot.type(KeyCode.ESCAPE); // back to the results
        waitFor(robot, "#searchField");

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            var events = lead.store().dsl().select(EVENT.ACTION, EVENT.PURPOSE, EVENT.DETAILS).from(EVENT)
                    .where(EVENT.ACTION.in("CUSTOMER_VIEWED", "CUSTOMER_FIELD_REVEALED", "CUSTOMER_RECTIFIED")).orderBy(EVENT.SEQ).fetch();
            assertEquals(List.of("CUSTOMER_VIEWED", "CUSTOMER_FIELD_REVEALED", "CUSTOMER_RECTIFIED"), events.map(r -> r.value1()));
            assertTrue(events.stream().allMatch(r -> "account-management".equals(r.value2())), "each names the purpose");
            assertEquals("field=DATE_OF_BIRTH", events.get(1).value3());
            assertEquals("field=POSTCODE;reason=DETAILS_CHANGED", events.get(2).value3());
        });
    }
}
