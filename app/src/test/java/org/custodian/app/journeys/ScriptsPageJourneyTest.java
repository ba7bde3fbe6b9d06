package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.scripts.ScriptRow;
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

/** A team lead retires a script after confirming; Esc keeps it; the Intake page then no longer offers it. */
@ExtendWith(ApplicationExtension.class)
class ScriptsPageJourneyTest {

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

    @SuppressWarnings("unchecked")
    private static TableView<ScriptRow> table(FxRobot robot) {
        return robot.lookup("#scriptsTable").queryTableView();
    }

    @Test
    void leadRetiresAScriptAfterConfirming(FxRobot robot) {
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.LEAD);
        robot.clickOn("#password").write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#navScripts");
        robot.clickOn("#navScripts");
        waitFor(robot, "#scriptsTable");
        Screens.assertAccessible(robot);
        assertEquals(6, table(robot).getItems().size());

        robot.clickOn("General enquiry");
        robot.clickOn("#retireScript");
        waitFor(robot, "#confirmRetire");
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#confirmRetire").tryQuery().isPresent());
        assertEquals(6, table(robot).getItems().size(), "Esc keeps the script");

        robot.clickOn("#retireScript");
        waitFor(robot, "#confirmRetire");
        robot.clickOn("#confirmRetireOk");
        waitFor(robot, "#scriptsSuccess");
        assertTrue(text(robot, "#scriptsSuccess").endsWith("is no longer offered for new calls."));
        assertEquals(5, table(robot).getItems().size());

        robot.clickOn("#navIntake");
        waitFor(robot, "#scriptList");
        assertTrue(robot.lookup("#scriptList").queryListView().getItems().stream()
                .noneMatch(item -> item.toString().startsWith("General enquiry")));
    }

    @Test
    void leadEditsAScriptInTheAppAndABadEditIsExplainedBeforeItCanBeSaved(FxRobot robot) {
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.LEAD);
        robot.clickOn("#password").write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#navScripts");
        robot.clickOn("#navScripts");
        waitFor(robot, "#scriptsTable");
        robot.clickOn("General enquiry");
        robot.clickOn("#editScript");
        waitFor(robot, "#scriptEditDialog");
        javafx.scene.control.TextArea editor = robot.lookup("#scriptEditor").queryAs(javafx.scene.control.TextArea.class);
        String original = editor.getText();

        robot.interact(() -> editor.setText(original.replace("\"field\" : \"PHONE\"", "\"field\" : \"DATE_OF_BIRTH\"")));
        robot.clickOn("#saveScriptEdit");
        assertTrue(robot.lookup("#scriptEditDialog").tryQuery().isPresent(), "a refused edit keeps the dialog open");
        assertTrue(text(robot, "#scriptEditorProblems").contains("Date of birth"), text(robot, "#scriptEditorProblems"));

        robot.interact(() -> editor.setText(original.replace("How can I help you today?", "How may I help you today?")));
        robot.clickOn("#saveScriptEdit");
        waitFor(robot, "#scriptsSuccess");
        assertFalse(robot.lookup("#scriptEditDialog").tryQuery().isPresent());
        assertTrue(text(robot, "#scriptsSuccess").contains("as version 2."), text(robot, "#scriptsSuccess"));
        assertTrue(table(robot).getItems().stream().anyMatch(r -> r.id().equals("general-enquiry") && r.version() == 2));
    }
}
