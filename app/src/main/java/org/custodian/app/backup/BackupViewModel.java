package org.custodian.app.backup;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.backup.BackupReport;
import org.custodian.core.backup.RestoreReport;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups for team leads: write an encrypted backup to a chosen file (core verifies it before reporting it done),
 * and restore one into a new, empty folder with the name and password of someone who had an account then.
 */
public final class BackupViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BackupViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.UK);
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StringProperty backupFile = new SimpleStringProperty(this, "backupFile", "");
    private final StringProperty restoreFile = new SimpleStringProperty(this, "restoreFile", "");
    private final StringProperty restoreFolder = new SimpleStringProperty(this, "restoreFolder", "");
    private final StringProperty restoreUsername = new SimpleStringProperty(this, "restoreUsername", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);

    public BackupViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        restoreUsername.set(workspace.session().username());
    }

    public void backUp() {
        clear();
        if (backupFile.get().isBlank()) {
            message.set("Backup file: choose where to write the backup.");
            return;
        }
        Path target = Path.of(backupFile.get().strip());
        running.set(true);
        progress.set(0);
        tasks.run(() -> workspace.backups().backUp(workspace.session(), target,
                (done, total) -> tasks.onUi(() -> progress.set(total == 0 ? 0 : (double) done / total))), report -> {
                    running.set(false);
                    progress.set(1);
                    success.set(describe(report));
                }, failure -> {
                    running.set(false);
                    progress.set(0);
                    message.set(UserMessages.sentenceFor(failure, LOG, "writing a backup"));
                });
    }

    static String describe(BackupReport report) {
        return "Backup written and verified: " + report.file().getFileName() + ", "
                + NumberFormat.getIntegerInstance(Locale.UK).format(report.bytes() / 1024) + " KB, with "
                + NumberFormat.getIntegerInstance(Locale.UK).format(report.eventCount())
                + " audit events. Keep it somewhere safe, away from this computer.";
    }

    /** Restores into a new folder; the password is wiped once used. */
    public void restore(char[] password) {
        clear();
        if (restoreFile.get().isBlank() || restoreFolder.get().isBlank()) {
            java.util.Arrays.fill(password, '\0');
            message.set(restoreFile.get().isBlank() ? "Backup to restore: choose the backup file."
                    : "New folder: choose an empty folder to restore into.");
            return;
        }
        Path backup = Path.of(restoreFile.get().strip());
        Path folder = Path.of(restoreFolder.get().strip());
        String name = restoreUsername.get();
        Passphrase passphrase = Passphrase.copyOf(password);
        java.util.Arrays.fill(password, '\0');
        running.set(true);
        tasks.run(() -> {
            try (passphrase) {
                return workspace.backups().restore(workspace.session(), backup, folder, name, passphrase);
            }
        }, report -> {
            running.set(false);
            success.set(describe(report));
        }, failure -> {
            running.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "restoring a backup"));
        });
    }

    static String describe(RestoreReport report) {
        return "Restored the backup of " + WHEN.format(report.backupCreatedAt().atZone(ZoneId.systemDefault()))
                + " into " + report.dataDirectory() + " and checked its audit log. To use it, start Custodian with "
                + "CUSTODIAN_HOME set to that folder; this store is unchanged.";
    }

    private void clear() {
        message.set("");
        success.set("");
    }

    public StringProperty backupFileProperty() {
        return backupFile;
    }

    public StringProperty restoreFileProperty() {
        return restoreFile;
    }

    public StringProperty restoreFolderProperty() {
        return restoreFolder;
    }

    public StringProperty restoreUsernameProperty() {
        return restoreUsername;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
