package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.rights.BreachService.BreachEntry;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A team lead records a suspected breach on the Breach register page and sees its records and 72-hour clock. */
@ExtendWith(ApplicationExtension.class)
class BreachRegisterJourneyTest {

    private final AppUnderTest app = new AppUnderTest();

    @Start
    void start(Stage stage) {
        Custodian custodian = People.custodian(app.dataDirectory());
        try (Workspace lead = People.leadSession(custodian)) {
            long priya = Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
            lead.records().open(lead.session(), priya, "customer-service");
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aTeamLeadRecordsASuspectedBreach(FxRobot robot) throws Exception {
        Calls.logInToIntake(robot);
        robot.clickOn("#navBreaches");
        waitFor(robot, "#breachRegister");
        Screens.assertAccessible(robot);
        robot.clickOn("#breachFromTime").push(KeyCode.CONTROL, KeyCode.A).write("0:00");
        robot.clickOn("#breachToTime").push(KeyCode.CONTROL, KeyCode.A).write("23:59");
        robot.clickOn("#breachSummary").write("Printed call list left on a desk overnight");
        robot.clickOn("#recordBreach");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Screens.showing(robot, "#breachSuccess") || Screens.showing(robot, "#breachMessage"));
        assertEquals("", Screens.showing(robot, "#breachMessage") ? text(robot, "#breachMessage") : "", "no refusal");
        assertTrue(text(robot, "#breachSuccess").startsWith("Breach recorded: 1 record was touched in that window. "),
                text(robot, "#breachSuccess"));
        @SuppressWarnings("unchecked")
        TableView<BreachEntry> register = robot.lookup("#breachRegister").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> register.getItems().size() == 1);
        assertEquals(1, register.getItems().get(0).affectedRecords(), "the record opened today is found");
        assertTrue(register.getItems().get(0).clockText().endsWith("left to tell the ICO"));
        assertEquals("Printed call list left on a desk overnight", register.getItems().get(0).breach().summary());
    }
}
