package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.assertAbsent;
import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.People;
import org.custodian.core.errors.WrongCredentialsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ten wrong passwords in a row lock the account; then even the right password is refused. */
@ExtendWith(ApplicationExtension.class)
class LockoutJourneyTest {

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
    void tenWrongPasswordsLockTheAccount(FxRobot robot) throws Exception {
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.AGENT);
        for (int attempt = 1; attempt <= 10; attempt++) {
            robot.clickOn("#password").write("wrong " + attempt).type(KeyCode.ENTER);
            waitUntilIdle(robot);
            String message = text(robot, "#loginMessage");
            if (attempt < 10) {
                assertEquals(new WrongCredentialsException().userMessage(), message, "attempt " + attempt);
            } else {
                assertTrue(message.contains("locked until"), message);
            }
        }

        robot.clickOn("#password").write(People.AGENT_INITIAL).type(KeyCode.ENTER);
        waitUntilIdle(robot);

        assertTrue(text(robot, "#loginMessage").contains("locked until"));
        assertAbsent(robot, "#homeScreen");
        assertAbsent(robot, "#changePasswordScreen");
    }

    /** Waits until the login attempt in flight has finished (the button is enabled again). */
    private static void waitUntilIdle(FxRobot robot) throws Exception {
        Button logIn = robot.lookup("#logIn").queryButton();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !logIn.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
