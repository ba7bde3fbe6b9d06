package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.assertAbsent;
import static org.custodian.app.support.Screens.assertAccessible;
import static org.custodian.app.support.Screens.assertPresent;
import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.app.users.UserRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first journey: set up, add an agent, log out, the agent logs in and chooses a password. */
@ExtendWith(ApplicationExtension.class)
class FirstRunToAgentLoginJourneyTest {

    private final AppUnderTest app = new AppUnderTest();

    @Start
    void start(Stage stage) {
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void leadSetsUpAddsAnAgentAndTheAgentLogsIn(FxRobot robot) throws Exception {
        waitFor(robot, "#firstRunScreen");
        assertTrue(robot.listWindows().get(0) instanceof Stage stage && stage.getTitle().contains("Custodian"));
        assertAccessible(robot);

        robot.clickOn("#setupUsername").write(People.LEAD);
        robot.clickOn("#setupDisplayName").write(People.LEAD_NAME);
        robot.clickOn("#setupPassword").write("short");
        robot.clickOn("#setupConfirm").write("short");
        robot.clickOn("#createStore");
        waitFor(robot, "#setupPasswordError");
        assertTrue(text(robot, "#setupPasswordError").contains("at least 8 characters"));

        robot.doubleClickOn("#setupPassword").eraseText(5).write(People.LEAD_PASSWORD);
        assertTrue(text(robot, "#setupStrengthLabel").startsWith("Strength: "));
        robot.doubleClickOn("#setupConfirm").eraseText(5).write(People.LEAD_PASSWORD);
        robot.type(KeyCode.ENTER);

        waitFor(robot, "#homeScreen");
        assertTrue(text(robot, "#signedInAs").contains(People.LEAD_NAME));
        assertEquals("Team lead", text(robot, "#signedInRole"));
        assertPresent(robot, "#intakePage"); // the Intake page, where an agent starts a call, opens first
        assertAccessible(robot);

        // Navigation by mnemonic, as a keyboard user would.
        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT);
        waitFor(robot, "#usersPage");
        robot.clickOn("#newUsername").write(People.AGENT);
        robot.clickOn("#newDisplayName").write(People.AGENT_NAME);
        robot.clickOn("#newPassword").write(People.AGENT_INITIAL);
        robot.clickOn("#newConfirm").write(People.AGENT_INITIAL);
        robot.clickOn("#addUser");
        waitFor(robot, "#addUserSuccess");
        TableView<UserRow> table = robot.lookup("#usersTable").queryTableView();
        assertTrue(table.getItems().stream().anyMatch(r -> r.username().equals(People.AGENT) && r.role().equals("Agent")));
        assertAccessible(robot);

        robot.clickOn("#navAudit");
        robot.clickOn("#verifyLog");
        Screens.waitUntilTextNotEmpty(robot, "#auditResult");
        assertTrue(text(robot, "#auditResult").startsWith("Intact ("), text(robot, "#auditResult"));
        robot.clickOn("#navAbout");
        waitFor(robot, "#aboutPage");
        assertEquals(app.dataDirectory().toString(),
                robot.lookup("#aboutDatadirectory").queryTextInputControl().getText());
        assertAccessible(robot);

        robot.clickOn("#logOutButton");
        waitFor(robot, "#loginScreen");
        assertAbsent(robot, "#homeScreen");

        robot.clickOn("#username").write(People.AGENT);
        robot.clickOn("#password").write(People.AGENT_INITIAL).type(KeyCode.ENTER);
        waitFor(robot, "#changePasswordScreen");
        assertAccessible(robot);
        robot.clickOn("#currentPassword").write(People.AGENT_INITIAL);
        robot.clickOn("#newPassword").write(People.AGENT_OWN);
        robot.clickOn("#confirmPassword").write(People.AGENT_OWN).type(KeyCode.ENTER);

        waitFor(robot, "#homeScreen");
        assertEquals("Agent", text(robot, "#signedInRole"));
        assertAbsent(robot, "#navUsers");
        assertAbsent(robot, "#navAudit");
        assertPresent(robot, "#navIntake");

        String log = Files.readString(app.logFile());
        assertTrue(log.contains("Store created"), "the journey should have been logged");
        for (String secret : List.of(People.LEAD, People.LEAD_NAME, People.LEAD_PASSWORD, People.AGENT,
                People.AGENT_NAME, People.AGENT_INITIAL, People.AGENT_OWN)) {
            assertFalse(log.contains(secret), "the log holds personal data or a password");
        }
    }
}
