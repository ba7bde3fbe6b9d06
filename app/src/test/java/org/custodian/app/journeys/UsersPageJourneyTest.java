package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A team lead resets a password and disables an account; Esc cancels the confirmation. */
@ExtendWith(ApplicationExtension.class)
class UsersPageJourneyTest {

    private final AppUnderTest app = new AppUnderTest();

    @Start
    void start(Stage stage) {
        People.storeWithAgent(app.dataDirectory());
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void leadResetsAPasswordAndDisablesAnAccount(FxRobot robot) {
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.LEAD);
        robot.clickOn("#password").write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#homeScreen");
        robot.clickOn("#navUsers");
        waitFor(robot, "#usersTable");
        robot.clickOn(People.AGENT);
        assertTrue(text(robot, "#selectedUser").contains(People.AGENT));

        robot.clickOn("#resetPassword").write("lighthouse gravel anthem 3");
        robot.clickOn("#resetConfirm").write("lighthouse gravel anthem 3");
        robot.clickOn("#resetPasswordButton");
        waitFor(robot, "#usersSuccess");
        assertTrue(text(robot, "#usersSuccess").startsWith("Password reset for sam.agent."));

        robot.clickOn("#disableUser");
        waitFor(robot, "#confirmDisable");
        Screens.assertAccessible(robot);
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#confirmDisable").tryQuery().isPresent(), "Esc closes the confirmation");
        assertEquals("Password change due", agentRow(robot).status());

        robot.clickOn("#disableUser");
        waitFor(robot, "#confirmDisable");
        robot.clickOn("#confirmDisableOk");
        waitFor(robot, "#usersSuccess");
        assertTrue(text(robot, "#usersSuccess").contains("is disabled"));
        assertEquals("Disabled", agentRow(robot).status());
    }

    private static UserRow agentRow(FxRobot robot) {
        TableView<UserRow> table = robot.lookup("#usersTable").queryTableView();
        return table.getItems().stream().filter(r -> r.username().equals(People.AGENT)).findFirst().orElseThrow();
    }
}
