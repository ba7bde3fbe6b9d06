package org.custodian.app.review;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.custodian.app.audit.AuditPacksViewModel;
import org.custodian.app.support.AuditEntries;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline review and the store's Audit page, driven through their view models without a toolkit. */
class ReviewViewModelTest {

    private static final String PASSPHRASE = "kettle orchard lantern 77";

    @TempDir Path store;
    @TempDir Path leadsMachine;
    private Workspace workspace;
    private AuditPacksViewModel audit;
    private ReviewViewModel review;
    private boolean wentBack;

    @BeforeEach
    void setUp() {
        workspace = People.leadSession(People.custodian(store));
        long customer = Customers.save(workspace, Customers.SAM);
        AuditEntries.seedIncomplete(workspace, customer, java.time.Instant.now().minusSeconds(600));
        audit = new AuditPacksViewModel(workspace, new SynchronousTaskRunner(), ZoneOffset.UTC, LocalDate.now(ZoneOffset.UTC));
        audit.load();
        review = new ReviewViewModel(new SynchronousTaskRunner(), Clock.systemUTC(), () -> wentBack = true);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path createKeyAndRegister() {
        Path key = leadsMachine.resolve("lead.custkey");
        review.keyFileProperty().set(key.toString());
        review.passphraseProperty().set(PASSPHRASE);
        review.createKeyFile();
        assertTrue(review.messageProperty().get().startsWith("Key file created."), review.messageProperty().get());
        audit.publicKeyFileProperty().set(key + ".pub");
        audit.registerKey();
        assertEquals("good", audit.outcomeProperty().get(), audit.resultProperty().get());
        assertEquals(1, audit.keys().size());
        return key;
    }

    private void exportPack(Path pack) {
        audit.packFileProperty().set(pack.toString());
        audit.exportPack();
        assertTrue(audit.resultProperty().get().startsWith("Audit pack saved"), audit.resultProperty().get());
    }

    @Test
    void aTeamLeadReviewsAPackOfflineFailuresFirstAndTheStoreImportsTheSignedResults() throws Exception {
        Path key = createKeyAndRegister();
        Path pack = leadsMachine.resolve("week.custpack");
        exportPack(pack);

        review.packFileProperty().set(pack.toString());
        review.storeFingerprintProperty().set(audit.storeFingerprintProperty().get().toUpperCase().replace(" ", ""));
        review.passphraseProperty().set(PASSPHRASE);
        review.open();
        assertTrue(review.openedProperty().get(), review.messageProperty().get());
        assertEquals("", review.passphraseProperty().get(), "the passphrase is not kept once used");
        assertEquals(2, review.entries().size());
        EntryRow first = review.entries().get(0);
        assertEquals(3, first.failures(), "the incomplete entry comes first");
        assertEquals("3 failures: Mandatory fields complete, Read-back done, Interaction log complete", first.summary(),
                "no actions written fails both the mandatory fields and the log");
        assertEquals(0, review.entries().get(1).failures());
        assertTrue(review.selectedPoints().contains("FAILED · Read-back done: The details were not read back to the caller."),
                review.selectedPoints().toString());

        review.flagForCoaching();
        assertTrue(review.messageProperty().get().startsWith("Comment:"), "a flag needs a comment");
        review.commentProperty().set("Go over reading the details back");
        review.flagForCoaching();
        assertEquals("Flagged for coaching: Go over reading the details back", review.selectedVerdictProperty().get());
        Path results = leadsMachine.resolve("week.custreview");
        review.resultsFileProperty().set(results.toString());
        review.saveResults();
        assertTrue(review.messageProperty().get().startsWith("Review results saved and signed: 1 entry"));

        audit.resultsFileProperty().set(results.toString());
        audit.importResults();
        assertEquals("Review results imported: 1 entry, each recorded in the event log.", audit.resultProperty().get());
        audit.importResults();
        assertEquals("These review results have already been imported.", audit.resultProperty().get());

        audit.keyFileProperty().set(key.toString());
        audit.passphraseProperty().set(PASSPHRASE);
        audit.checkpointFileProperty().set(leadsMachine.resolve("checkpoint.txt").toString());
        audit.signCheckpoint();
        assertTrue(audit.resultProperty().get().startsWith("Signed checkpoint saved"), audit.resultProperty().get());
        audit.checkSigned();
        assertEquals("The event log only grew since this checkpoint: nothing before it was changed.", audit.resultProperty().get());
        Files.writeString(leadsMachine.resolve("checkpoint.txt"),
                Files.readString(leadsMachine.resolve("checkpoint.txt")).replaceFirst("count=\\d+", "count=2"));
        audit.checkSigned();
        assertEquals("bad", audit.outcomeProperty().get());
        assertTrue(audit.resultProperty().get().contains("signature does not verify"), audit.resultProperty().get());

        review.leave();
        assertTrue(wentBack);
    }

    @Test
    void aWrongPassphraseOrAStoreNotTrustedIsSaidPlainlyAndNothingOpens() {
        createKeyAndRegister();
        Path pack = leadsMachine.resolve("week.custpack");
        exportPack(pack);
        review.packFileProperty().set(pack.toString());
        review.storeFingerprintProperty().set("0000 1111 2222 3333 4444 5555 6666 7777");
        review.passphraseProperty().set(PASSPHRASE);
        review.open();
        assertFalse(review.openedProperty().get());
        assertTrue(review.messageProperty().get().startsWith("The audit pack was signed by a store you have not trusted"),
                review.messageProperty().get());
        review.storeFingerprintProperty().set(audit.storeFingerprintProperty().get());
        review.passphraseProperty().set("kettle orchard lantern 78");
        review.open();
        assertFalse(review.openedProperty().get());
        assertEquals("The passphrase does not open this team-lead key file. Check it and try again.", review.messageProperty().get());
    }
}
