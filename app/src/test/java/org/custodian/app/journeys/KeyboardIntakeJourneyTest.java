package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A whole complaint taken with the keyboard alone: typing, Tab, Space, Enter and Alt keys; no clicks at all. */
@ExtendWith(ApplicationExtension.class)
class KeyboardIntakeJourneyTest {

    private final AppUnderTest app = new AppUnderTest();

    @Start
    void start(Stage stage) {
        try (Workspace lead = People.leadSession(People.custodian(app.dataDirectory()))) {
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private static void focused(FxRobot robot, String id) {
        Node owner = robot.listWindows().get(0).getScene().getFocusOwner();
        assertEquals(id, owner == null ? null : owner.getId(), "focus");
    }

    @Test
    void aComplaintFromStartToReferenceWithoutTheMouse(FxRobot robot) {
        waitFor(robot, "#loginScreen");
        robot.write(People.LEAD).type(KeyCode.TAB).write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#startCall");
        Screens.waitUntilTextNotEmpty(robot, "#scriptListLabel");

        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        focused(robot, "scriptList");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN, 3);
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#answer-name");
        assertEquals("Listen", text(robot, "#wizardStepTitle"));
        focused(robot, "answer-name");

        robot.write("Sam Sample").type(KeyCode.TAB).write("07700 900123").type(KeyCode.TAB).write("No engineer");
        robot.type(KeyCode.ENTER).write("came");
        robot.type(KeyCode.TAB);
        focused(robot, "wizardPark");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);

        waitFor(robot, "#answer-apology-yes");
        focused(robot, "answer-apology-yes");
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);

        waitFor(robot, "#answer-resolution");
        robot.write("Escalated").type(KeyCode.TAB)
                .write(LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        focused(robot, "answer-follow-up");
        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
        waitFor(robot, "#answer-apology-yes");
        assertEquals("Apologise", text(robot, "#wizardStepTitle"));
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitFor(robot, "#answer-follow-up");
        robot.type(KeyCode.TAB);
        focused(robot, "answer-follow-up");
        robot.type(KeyCode.ENTER);

        waitFor(robot, "#answer-outcome");
        robot.write("Missed visit").type(KeyCode.TAB).write("Escalated").type(KeyCode.TAB).write("Booked");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);

        waitFor(robot, "#readBack-COMPLAINT");
        assertEquals("No engineer\ncame", text(robot, "#readBack-COMPLAINT"), "Enter in a text area is a new line");
        robot.sleep(200);
        focused(robot, "readBackConfirmed");
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);

        waitFor(robot, "#savedReference");
        Screens.waitUntilTextNotEmpty(robot, "#savedReference");
        String reference = text(robot, "#savedReference");
        assertTrue(reference.startsWith("CU-"), reference);
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#startCall");

        Calls.afterLogOut(robot, app.dataDirectory(), ws -> {
            assertEquals(1, ws.store().dsl().fetchCount(CUSTOMER));
            assertEquals("Sam Sample", ws.customers().open(ws.session(), reference, "complaint-handling").orElseThrow().fullName());
        });
    }
}
