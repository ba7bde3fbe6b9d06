package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.review.EntryRow;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.AuditEntries;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.audit.keys.TeamLeadKeyFile;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.pack.PackRequest;
import org.custodian.core.crypto.Argon2Params;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6's acceptance: a team lead opens an audit pack on the first screen, without logging in to any store,
 * sees the entry with failures first, flags it for coaching and saves the signed results; then, signed in to the
 * agent's store, imports them, and the import is an event.
 */
@ExtendWith(ApplicationExtension.class)
class AuditReviewJourneyTest {

    private static final String PASSPHRASE = "kettle orchard lantern 77";
    private final AppUnderTest app = new AppUnderTest();
    private Path leadsMachine;
    private Path keyFile;
    private Path pack;
    private String storeFingerprint;

    @Start
    void start(Stage stage) throws Exception {
        leadsMachine = Files.createTempDirectory("custodian-lead-machine");
        keyFile = leadsMachine.resolve("lead.custkey");
        pack = leadsMachine.resolve("week.custpack");
        Custodian custodian = People.custodian(app.dataDirectory());
        try (Workspace lead = People.leadSession(custodian);
             TeamLeadKeys keys = TeamLeadKeyFile.create(keyFile, Passphrase.copyOf(PASSPHRASE), Argon2Params.MINIMUM)) {
            long customer = Customers.save(lead, Customers.SAM);
            AuditEntries.seedIncomplete(lead, customer, Instant.now().minusSeconds(600));
            lead.auditKeys().register(lead.session(), keys.publicKey());
            storeFingerprint = lead.auditKeys().storeFingerprint(lead.session());
            Files.write(pack, lead.auditPacks().export(lead.session(), new PackRequest(Instant.now().minusSeconds(86_400),
                    Instant.now().plusSeconds(60), null), keys.publicKey().fingerprint()));
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        try (var files = Files.list(leadsMachine)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(leadsMachine);
    }

    /** Long pages scroll; a robot clicks only what is on screen, as a person would scroll first. */
    private static void scrollToEnd(FxRobot robot, String scrollPane) {
        javafx.scene.control.ScrollPane pane = robot.lookup(scrollPane).query();
        robot.interact(() -> pane.setVvalue(pane.getVmax()));
    }

    @Test
    void aTeamLeadReviewsAPackOfflineFlagsOneAndTheStoreImportsTheReview(FxRobot robot) throws Exception {
        waitFor(robot, "#loginScreen");
        robot.clickOn("#openAuditPack");
        waitFor(robot, "#reviewScreen");
        robot.clickOn("#reviewKeyFile").write(keyFile.toString());
        robot.clickOn("#reviewPassphrase").write(PASSPHRASE);
        robot.clickOn("#reviewPackFile").write(pack.toString());
        robot.clickOn("#reviewStoreFingerprint").write(storeFingerprint);
        robot.clickOn("#openPack");
        @SuppressWarnings("unchecked")
        TableView<EntryRow> entries = robot.lookup("#reviewEntries").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> entries.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Screens.assertAccessible(robot);
        assertEquals(3, entries.getItems().get(0).failures(), "the entry with failures is first");
        assertEquals("3 failures: Mandatory fields complete, Read-back done, Interaction log complete",
                entries.getItems().get(0).summary());
        assertEquals("All points met", entries.getItems().get(1).summary());
        assertTrue(text(robot, "#reviewSummary").startsWith("2 entries, 1 with failures (shown first)."), text(robot, "#reviewSummary"));

        scrollToEnd(robot, "#reviewScreen");
        robot.clickOn("#reviewComment").write("Go over reading the details back");
        robot.clickOn("#flagCoaching");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Flagged for coaching: Go over reading the details back", text(robot, "#reviewVerdict"));
        Path results = leadsMachine.resolve("week.custreview");
        robot.clickOn("#reviewResultsFile").write(results.toString());
        robot.clickOn("#saveResults");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#reviewMessage").startsWith("Review results saved"));
        assertTrue(Files.exists(results));

        // back in the agent's store, a signed-in team lead imports the review
        robot.clickOn("#reviewClose");
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.LEAD);
        robot.clickOn("#password").write(People.LEAD_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#homeScreen");
        robot.clickOn("#navAudit");
        waitFor(robot, "#resultsFile");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#storeFingerprint").endsWith(storeFingerprint));
        Screens.assertAccessible(robot);
        scrollToEnd(robot, "#auditScroll");
        robot.clickOn("#resultsFile").write(results.toString());
        robot.clickOn("#importResults");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#auditPacksResult").isEmpty());
        assertEquals("Review results imported: 1 entry, each recorded in the event log.", text(robot, "#auditPacksResult"));

        robot.clickOn("#logOutButton");
        waitFor(robot, "#loginScreen");
        try (Workspace lead = People.logIn(People.custodian(app.dataDirectory()), People.LEAD, People.LEAD_PASSWORD)) {
            assertEquals(1, lead.store().dsl().fetchCount(EVENT, EVENT.ACTION.eq("REVIEW_RESULT_IMPORTED")
                    .and(EVENT.DETAILS.contains("verdict=COACHING"))));
            lead.logOut();
        }
    }
}
