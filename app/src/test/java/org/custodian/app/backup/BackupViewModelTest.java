package org.custodian.app.backup;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private BackupViewModel model;

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir.resolve("store")));
        model = new BackupViewModel(workspace, new SynchronousTaskRunner());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aBackupIsWrittenVerifiedAndRestoredIntoANewFolder() {
        model.backUp();
        assertEquals("Backup file: choose where to write the backup.", model.messageProperty().get());
        Path backup = dir.resolve("monday.custodian-backup");
        model.backupFileProperty().set(backup.toString());
        model.backUp();
        assertEquals("", model.messageProperty().get());
        assertTrue(model.successProperty().get().startsWith("Backup written and verified: monday.custodian-backup, "),
                model.successProperty().get());
        assertEquals(1.0, model.progressProperty().get());

        model.restoreFileProperty().set(backup.toString());
        model.restoreFolderProperty().set(dir.resolve("restored").toString());
        assertEquals(People.LEAD, model.restoreUsernameProperty().get(), "offered the signed-in name");
        char[] wrong = "not the password 12".toCharArray();
        model.restore(wrong);
        assertTrue(model.messageProperty().get().startsWith("No key slot in the backup opens with that name and password."));
        assertEquals('\0', wrong[0], "the password is wiped");
        model.restore(People.LEAD_PASSWORD.toCharArray());
        assertTrue(model.successProperty().get().startsWith("Restored the backup of "), model.successProperty().get());
        assertTrue(Files.exists(dir.resolve("restored").resolve("keyring.bin")));
    }

    @Test
    void aDamagedBackupIsRefusedWithItsReason() throws Exception {
        Path backup = dir.resolve("b.custodian-backup");
        model.backupFileProperty().set(backup.toString());
        model.backUp();
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        model.restoreFileProperty().set(backup.toString());
        model.restoreFolderProperty().set(dir.resolve("restored").toString());
        model.restore(People.LEAD_PASSWORD.toCharArray());
        assertEquals("The backup file is incomplete: it ends before the backup does. Use another copy of the backup.",
                model.messageProperty().get());
        assertFalse(Files.exists(dir.resolve("restored")));
    }
}
