package org.custodian.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.crypto.KeyRingFile;
import org.custodian.core.crypto.KeyRingKeeper;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.BackupRefusedException;
import org.custodian.core.errors.BackupRefusedException.Reason;
import org.custodian.core.errors.StorageFailures;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.progress.Progress;
import org.custodian.core.store.Store;
import org.custodian.core.store.StoreSnapshot;

/**
 * Encrypted backups of the open store, for team leads (docs/decisions/0013-encrypted-backups.md): written to a
 * file of their choosing, read back and authenticated before they are reported done, and restored only into a new
 * data directory, never over the live store.
 */
public final class BackupService {

    private final Store store;
    private final KeyRingKeeper keyRing;
    private final KeyRingFile keyRingFile;
    private final EventLog events;
    private final Clock clock;

    public BackupService(Store store, KeyRingKeeper keyRing, KeyRingFile keyRingFile, EventLog events, Clock clock) {
        this.store = store;
        this.keyRing = keyRing;
        this.keyRingFile = keyRingFile;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes a backup of the store as it is now to {@code target}, a new file outside the data directory, then
     * reads it back and authenticates all of it. {@code progress} hears bytes sealed of the snapshot's size.
     */
    public BackupReport backUp(Session session, Path target, Progress progress) {
        session.require(Role.TEAM_LEAD, "write a backup");
        Path file = target.toAbsolutePath().normalize();
        Path root = store.directory().root();
        if (file.startsWith(root)) {
            throw new BackupRefusedException(Reason.TARGET_IS_BACKUP);
        }
        if (Files.exists(file)) {
            throw new BackupRefusedException(Reason.TARGET_EXISTS);
        }
        Path snapshot = root.resolve("backup-snapshot.zip.tmp");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Instant now = clock.instant();
        try {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(partial);
            StoreSnapshot taken = store.snapshotTo(snapshot);
            BackupHeader header = new BackupHeader(now, taken.eventCount(), taken.headHash(),
                    Crypto.randomBytes(BackupHeader.SALT_BYTES), BackupFile.CHUNK_SIZE,
                    keyRingFile.verifiedBytes(keyRing.dataKey()));
            BackupFile.write(partial, header, snapshot, keyRing.dataKey(), progress);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw StorageFailures.classify(e, file.getParent() == null ? file : file.getParent(), store.directory().probe());
        } finally {
            deleteQuietly(snapshot);
            deleteQuietly(partial);
        }
        BackupHeader verified = verify(file);
        long bytes = size(file);
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.BACKUP_WRITTEN,
                Map.of("events", Long.toString(verified.eventCount()), "bytes", Long.toString(bytes)))));
        return new BackupReport(file, bytes, verified.createdAt(), verified.eventCount());
    }

    /** Reads a backup of this store back and authenticates every byte of it; refuses it with a reason. */
    public BackupHeader verify(Path file) {
        return BackupFile.read(file, keyRing.dataKey(), null);
    }

    /**
     * Restores a backup into a new, empty folder (see {@link BackupRestorer}) and records in this store that a
     * restore was made (a count, never the data). The live store is not touched.
     */
    public RestoreReport restore(Session session, Path backup, Path newDirectory, String username, Passphrase password) {
        session.require(Role.TEAM_LEAD, "restore a backup");
        if (newDirectory.toAbsolutePath().normalize().startsWith(store.directory().root())) {
            throw new BackupRefusedException(Reason.TARGET_NOT_EMPTY);
        }
        RestoreReport report = new BackupRestorer(clock).restore(backup, newDirectory, username, password);
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.BACKUP_RESTORED,
                Map.of("events", Long.toString(report.eventCount())))));
        return report;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file holds only ciphertext; the next backup removes it
        }
    }
}
