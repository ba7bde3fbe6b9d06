package org.custodian.app.support;

import static org.custodian.app.support.Screens.waitFor;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.custodian.core.workspace.Workspace;
import org.testfx.api.FxRobot;

/** Steps the intake journeys share: logging in to the Intake page, and checking core after logging out. */
public final class Calls {

    private Calls() {
    }

    public static void logInToIntake(FxRobot robot) {
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.LEAD);
        robot.clickOn("#password").write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#homeScreen");
        waitFor(robot, "#scriptList");
        waitFor(robot, "#startCall");
    }

    /** Logs out of the app (closing its store), then opens the store again as the lead to look at what core kept. */
    public static void afterLogOut(FxRobot robot, Path dataDirectory, Consumer<Workspace> check) {
        robot.clickOn("#logOutButton");
        waitFor(robot, "#loginScreen");
        try (Workspace workspace = People.logIn(People.custodian(dataDirectory), People.LEAD, People.LEAD_PASSWORD)) {
            check.accept(workspace);
        }
    }
}
