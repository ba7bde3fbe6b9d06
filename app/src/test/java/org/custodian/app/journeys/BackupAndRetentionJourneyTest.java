package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** A team lead runs a retention dry run and writes a verified backup from the real pages. */
@ExtendWith(ApplicationExtension.class)
class BackupAndRetentionJourneyTest {

    private final AppUnderTest app = new AppUnderTest();
    private Path elsewhere;

    @Start
    void start(Stage stage) throws Exception {
        try (Workspace lead = People.leadSession(People.custodian(app.dataDirectory()))) {
            lead.logOut();
        }
        elsewhere = Files.createTempDirectory("custodian-backups");
        app.start(stage, null);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        try (var files = Files.walk(elsewhere)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aDryRunCountsAndABackupIsWrittenAndVerified(FxRobot robot) {
        Calls.logInToIntake(robot);
        robot.clickOn("#navRetention");
        waitFor(robot, "#retentionRules");
        Screens.assertAccessible(robot);
        robot.clickOn("#dryRun");
        waitFor(robot, "#planSummary", 20);
        assertEquals("Nothing is past its retention period: a sweep now would dispose of nothing.", text(robot, "#planSummary"));

        robot.clickOn("#navBackups");
        waitFor(robot, "#backupFile");
        Screens.assertAccessible(robot);
        Path backup = elsewhere.resolve("store.custodian-backup");
        robot.clickOn("#backupFile").write(backup.toString());
        robot.clickOn("#writeBackup");
        waitFor(robot, "#backupSuccess", 30);
        assertTrue(text(robot, "#backupSuccess").startsWith("Backup written and verified: store.custodian-backup, "),
                text(robot, "#backupSuccess"));
        assertTrue(Files.exists(backup));

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> assertEquals(List.of("BACKUP_WRITTEN"),
                lead.store().dsl().select(EVENT.ACTION).from(EVENT).where(EVENT.ACTION.like("BACKUP%")).fetch(EVENT.ACTION)));
    }
}
