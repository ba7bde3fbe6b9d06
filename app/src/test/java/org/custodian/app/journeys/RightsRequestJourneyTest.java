package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.rights.IdentityStatus;
import org.custodian.core.rights.RightsCase;
import org.custodian.core.search.SearchHit;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 7's acceptance: a subject access request from intake to export. The team lead opens Priya Shah's record,
 * logs an access request waiting for identity evidence (no due date yet), finds it on the Rights requests page,
 * records the evidence arriving (the clock starts), and exports her data as HTML and JSON into a folder; each
 * step is an event without her details.
 */
@ExtendWith(ApplicationExtension.class)
class RightsRequestJourneyTest {

    private final AppUnderTest app = new AppUnderTest();
    @TempDir
    Path exportDir;

    @Start
    void start(Stage stage) {
        Custodian custodian = People.custodian(app.dataDirectory());
        try (Workspace lead = People.leadSession(custodian)) {
            Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private static Node listCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query();
    }

    private static void within(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    @Test
    void aSubjectAccessRequestFromTheRecordToItsExport(FxRobot robot) throws Exception {
        Calls.logInToIntake(robot);
        robot.clickOn("#navSearch");
        waitFor(robot, "#searchField");
        robot.clickOn("#searchField").write("Priya Shah");
        @SuppressWarnings("unchecked")
        TableView<SearchHit> results = robot.lookup("#searchResults").queryTableView();
        within(10, () -> !results.getItems().isEmpty() && results.getItems().get(0).fullName().equals("Priya Shah"));
        robot.clickOn("#purposeChoice");
        robot.clickOn(listCell(robot, "Answering the customer's enquiry"));
        robot.clickOn("#openRecord");
        waitFor(robot, "#recordName");

        // the request is logged from the record, identity evidence awaited: a log with nothing chosen is refused first
        robot.clickOn("#rightsRequestButton");
        waitFor(robot, "#rightsRequestDialog");
        Screens.assertAccessible(robot);
        robot.clickOn("#logRightsRequest");
        waitFor(robot, "#rightsProblems");
        assertEquals("Right: choose which right the customer is asking to use.", text(robot, "#rightsProblems"));
        robot.clickOn("#rightsKind");
        robot.clickOn(listCell(robot, "Access (subject access request) (UK GDPR Art 15)"));
        robot.clickOn("#rightsIdentityAwaited");
        robot.clickOn("#logRightsRequest");
        waitFor(robot, "#recordSuccess");
        assertEquals("Access (subject access request) request logged: the clock starts when identity evidence arrives.",
                text(robot, "#recordSuccess"));

        // on the Rights requests page it waits for identity evidence; the evidence arrives and the clock starts
        robot.clickOn("#navRights");
        waitFor(robot, "#rightsQueue");
        @SuppressWarnings("unchecked")
        TableView<RightsCase> queue = robot.lookup("#rightsQueue").queryTableView();
        within(10, () -> queue.getItems().size() == 1);
        Screens.assertAccessible(robot);
        assertEquals("Waiting for identity evidence: the clock has not started", queue.getItems().get(0).countdownText());
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        within(5, () -> text(robot, "#rightsDetail").startsWith("Access (subject access request) from Priya Shah"));
        robot.clickOn("#identityArrived");
        waitFor(robot, "#rightsSuccess");
        assertTrue(text(robot, "#rightsSuccess").startsWith("Identity evidence recorded: the request is now due by "),
                text(robot, "#rightsSuccess"));
        within(10, () -> queue.getItems().size() == 1 && queue.getItems().get(0).request().identity() == IdentityStatus.VERIFIED);
        assertTrue(queue.getItems().get(0).countdownText().startsWith("Due in "), queue.getItems().get(0).countdownText());

        // exported into the chosen folder as a readable page and a data file
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#exportFolder").write(exportDir.toString());
        robot.clickOn("#exportData");
        within(15, () -> text(robot, "#rightsSuccess").startsWith("Saved "));
        String reference = queue.getItems().get(0).customerReference();
        Path html = exportDir.resolve(reference + "-personal-data.html");
        Path json = exportDir.resolve(reference + "-personal-data.json");
        assertTrue(Files.readString(html).contains("Priya Shah"));
        assertTrue(Files.readString(html).contains("priya.shah@example.com"));
        assertTrue(Files.readString(json).contains("\"contact_points\""));
        assertTrue(Files.readString(json).contains("+447700900321"));

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            var events = lead.store().dsl().select(EVENT.ACTION, EVENT.DETAILS).from(EVENT)
                    .where(EVENT.ACTION.in("RIGHTS_REQUEST_LOGGED", "RIGHTS_IDENTITY_VERIFIED", "SUBJECT_ACCESS_EXPORTED"))
                    .orderBy(EVENT.SEQ).fetch();
            assertEquals(List.of("RIGHTS_REQUEST_LOGGED", "RIGHTS_IDENTITY_VERIFIED", "SUBJECT_ACCESS_EXPORTED"), events.map(r -> r.value1()));
            assertFalse(events.stream().anyMatch(r -> r.value2().contains("Priya") || r.value2().contains("7700")), "no personal data");
        });
    }
}
