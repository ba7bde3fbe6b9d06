package org.custodian.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.Checkpoint;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {

    @TempDir Path dir;
    @TempDir Path elsewhere;
    private Workspace workspace;
    private AuditViewModel model;

    @BeforeEach
    void leadSession() {
        workspace = People.leadSession(People.custodian(dir));
        model = new AuditViewModel(workspace, new SynchronousTaskRunner());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void verifyReportsAnIntactChainWithItsCount() {
        model.verify();

        assertTrue(model.resultProperty().get().matches("Intact \\(\\d+ events\\): every event links to the one before\\."),
                model.resultProperty().get());
        assertEquals("good", model.outcomeProperty().get());
    }

    @Test
    void anExportedCheckpointLaterShowsTheLogOnlyGrew() throws Exception {
        Path file = elsewhere.resolve("checkpoint.txt");
        model.exportCheckpoint(file);
        assertTrue(Files.readString(file).startsWith("custodian-checkpoint v1"));
        assertTrue(model.resultProperty().get().startsWith("Checkpoint saved"));

        model.verify();
        model.checkAgainst(file);

        assertTrue(model.resultProperty().get().startsWith("The log only grew since this checkpoint"),
                model.resultProperty().get());
    }

    @Test
    void aFileThatIsNotACheckpointIsSaidPlainly() throws Exception {
        Path file = elsewhere.resolve("notes.txt");
        Files.writeString(file, "shopping list");

        model.checkAgainst(file);

        assertEquals("This is not a Custodian checkpoint file.", model.resultProperty().get());
        assertEquals("bad", model.outcomeProperty().get());
    }

    @Test
    void verifyingAChangedLogNamesTheFirstBrokenEventAndWhatItWas() {
        workspace.store().dsl().update(org.custodian.core.store.schema.Tables.EVENT)
                .set(org.custodian.core.store.schema.Tables.EVENT.ACTION, "LOGOUT")
                .where(org.custodian.core.store.schema.Tables.EVENT.SEQ.eq(2L)).execute();
        model.verify();
        assertTrue(model.resultProperty().get().matches("Broken at event 2: its content or stored hash was changed\\. Tell your data "
                + "protection officer\\. That event is recorded as LOGOUT at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ( by user \\d+)?\\."),
                model.resultProperty().get());
        assertEquals("bad", model.outcomeProperty().get());
    }

    @Test
    void aBrokenChainNamesTheFirstBadEvent() {
        assertEquals("Broken at event 4: its content or stored hash was changed. Tell your data protection officer.",
                AuditViewModel.describe(new ChainVerification.Broken(4, ChainVerification.Fault.CONTENT_CHANGED)).sentence());
    }

    @Test
    void aTruncatedLogIsSaidPlainly() {
        Checkpoint kept = new Checkpoint(12, new byte[32], java.time.Instant.EPOCH);

        assertEquals("The log now holds fewer events than the checkpoint's 12: it was truncated.",
                AuditViewModel.describe(kept, Checkpoint.Comparison.TRUNCATED).sentence());
    }
}
