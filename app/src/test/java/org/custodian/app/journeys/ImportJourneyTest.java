package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.imports.ImportProblem;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 7's import journey: a team lead imports a customer list with one bad row; the report names the row and
 * the field and nothing is imported; the lead fixes the row and imports the file.
 */
@ExtendWith(ApplicationExtension.class)
class ImportJourneyTest {

    private static final String HEADER = "full_name,date_of_birth,phone,email,postcode,address\n";
    private final AppUnderTest app = new AppUnderTest();
    private Path csv;

    @Start
    void start(Stage stage) throws Exception {
        try (Workspace lead = People.leadSession(People.custodian(app.dataDirectory()))) {
            lead.logOut();
        }
        csv = Files.createTempFile("custodian-import-journey", ".csv");
        Files.writeString(csv, HEADER
                + "Priya Shah,14/03/1985,07700 900321,priya.shah@example.com,SW1A 1AA,1 Example Street\n"
                + "Tom Example,02/11/1970,07700 900654,tom@example,EC1A 1BB,2 Sample Road\n"
                + "Ana Sample,21/07/1990,,ana@example.com,,\n");
        app.start(stage, null);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Files.deleteIfExists(csv);
    }

    @Test
    void aListWithOneBadRowIsRefusedByRowAndFieldThenImportsOnceFixed(FxRobot robot) throws Exception {
        Calls.logInToIntake(robot);
        robot.clickOn("#navImport");
        waitFor(robot, "#importFile");
        Screens.assertAccessible(robot);
        robot.clickOn("#importFile").write(csv.toString());
        robot.clickOn("#importPurpose");
        robot.clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(
                "Setting up and running the customer's account (contract)")).queryLabeled());
        robot.clickOn("#runImport");
        waitFor(robot, "#importSummary", 30);
        assertEquals("Nothing was imported: 1 problem in 1 row. Fix them in the file and import it again.",
                text(robot, "#importSummary"));
        @SuppressWarnings("unchecked")
        TableView<ImportProblem> report = robot.lookup("#importReport").queryTableView();
        assertEquals(List.of("3 Email"), report.getItems().stream().map(p -> p.row() + " " + p.field()).toList());
        assertTrue(report.getItems().get(0).reason().startsWith("Email: "), report.getItems().get(0).reason());

        Files.writeString(csv, Files.readString(csv).replace("tom@example,", "tom@example.com,"));
        robot.clickOn("#runImport");
        waitFor(robot, "#importSuccess", 30);
        assertEquals("Imported 3 customers. Find them from the Search page.", text(robot, "#importSuccess"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> report.getItems().isEmpty());

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            assertEquals(3, lead.store().dsl().fetchCount(CUSTOMER));
            assertEquals(List.of("basis=CONTRACT;rows=3"), lead.store().dsl().select(EVENT.DETAILS).from(EVENT)
                    .where(EVENT.ACTION.eq("CUSTOMERS_IMPORTED")).fetch(EVENT.DETAILS));
        });
    }
}
