package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.assertAbsent;
import static org.custodian.app.support.Screens.assertAccessible;
import static org.custodian.app.support.Screens.assertPresent;
import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.lock.LockViewModel;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An idle session locks: the session's screens leave the scene graph until the same person unlocks. */
@ExtendWith(ApplicationExtension.class)
class IdleLockJourneyTest {

    private final AppUnderTest app = new AppUnderTest();

    @Start
    void start(Stage stage) {
        try (Workspace lead = People.leadSession(People.custodian(app.dataDirectory()))) {
            lead.logOut();
        }
        app.start(stage, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void idleSessionLocksHidesEverythingAndUnlocksWithThePassword(FxRobot robot) {
        logIn(robot);
        robot.clickOn("#navUsers");
        waitFor(robot, "#usersTable");

        waitFor(robot, "#lockScreen", 10);
        assertAbsent(robot, "#homeScreen");
        assertAbsent(robot, "#usersTable");
        assertAbsent(robot, "#signedInAs");
        assertAccessible(robot);

        robot.clickOn("#unlockPassword").write("not my password").type(KeyCode.ENTER);
        waitFor(robot, "#lockMessage");
        assertEquals(LockViewModel.WRONG_PASSWORD, text(robot, "#lockMessage"));
        assertAbsent(robot, "#homeScreen");

        robot.clickOn("#unlockPassword").write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#homeScreen");
        assertPresent(robot, "#usersTable");
        assertTrue(text(robot, "#signedInAs").contains(People.LEAD_NAME));
    }

    @Test
    void anOpenConfirmationDoesNotOutliveTheLock(FxRobot robot) {
        logIn(robot);
        robot.clickOn("#navUsers");
        waitFor(robot, "#usersTable");
        robot.clickOn(People.LEAD);
        robot.clickOn("#disableUser");
        waitFor(robot, "#confirmDisable");

        waitFor(robot, "#lockScreen", 10);
        assertAbsent(robot, "#confirmDisable");
        assertAbsent(robot, "#usersTable");
    }

    @Test
    void lockButtonLocksAndAnotherPersonCanTakeOverByLoggingOut(FxRobot robot) {
        logIn(robot);
        robot.clickOn("#lockButton");
        waitFor(robot, "#lockScreen");
        assertAbsent(robot, "#homeScreen");

        robot.clickOn("#lockLogOut");
        waitFor(robot, "#loginScreen");
        assertAbsent(robot, "#lockScreen");
        assertAbsent(robot, "#homeScreen");
    }

    @Test
    void tenWrongUnlocksEndTheSessionAtTheLoginScreen(FxRobot robot) throws Exception {
        logIn(robot);
        robot.clickOn("#lockButton");
        waitFor(robot, "#lockScreen");
        Button unlock = robot.lookup("#unlock").queryButton();
        for (int attempt = 1; attempt <= 10 && Screens.showing(robot, "#lockScreen"); attempt++) {
            robot.clickOn("#unlockPassword").write("wrong " + attempt).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> !unlock.isDisabled() || !Screens.showing(robot, "#lockScreen"));
            WaitForAsyncUtils.waitForFxEvents();
        }

        waitFor(robot, "#loginScreen");
        assertTrue(text(robot, "#loginMessage").matches("Too many failed attempts: this account is locked until \\d\\d:\\d\\d\\..*"),
                text(robot, "#loginMessage"));
        assertAbsent(robot, "#homeScreen");
    }

    private static void logIn(FxRobot robot) {
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.LEAD);
        robot.clickOn("#password").write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#homeScreen");
    }
}
