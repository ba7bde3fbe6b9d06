package org.custodian.core.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.custodian.core.auth.Usernames;
import org.custodian.core.crypto.DataKey;
import org.custodian.core.crypto.KeyRingFile;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.BackupRefusedException;
import org.custodian.core.errors.BackupRefusedException.Reason;
import org.custodian.core.errors.CustodianException;
import org.custodian.core.errors.KeyRingException;
import org.custodian.core.errors.StorageFailures;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventLog;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.store.Store;

/**
 * Restores a backup into a new data directory: needs no open store, only the backup and the name and password of
 * someone who had a key slot when it was written. The database is written under a temporary name, renamed into
 * place only once every chunk has been authenticated, then opened and its event chain verified against the head
 * the backup recorded; on any failure everything written is removed again.
 */
public final class BackupRestorer {

    private final Clock clock;

    public BackupRestorer(Clock clock) {
        this.clock = clock;
    }

    public RestoreReport restore(Path backup, Path newDirectory, String username, Passphrase password) {
        BackupHeader header = BackupFile.header(backup);
        DataDirectory target = DataDirectory.at(newDirectory);
        requireEmpty(target.root());
        DataKey dataKey = unlock(header, username, password);
        boolean created = !Files.exists(target.root());
        Path partial = target.root().resolve("restore.mv.db.part");
        try {
            target.createIfMissing();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                BackupFile.read(backup, dataKey, out);
            }
            Files.write(target.keyRingFile(), header.keyRing(), StandardOpenOption.CREATE_NEW);
            Files.move(partial, target.databaseFile());
            checkOpens(target, dataKey, header);
            return new RestoreReport(target.root(), header.createdAt(), header.eventCount());
        } catch (IOException e) {
            cleanUp(target, partial, created);
            throw StorageFailures.classify(e, target.root(), target.probe());
        } catch (RuntimeException e) {
            cleanUp(target, partial, created);
            throw e;
        } finally {
            dataKey.destroy();
        }
    }

    private void checkOpens(DataDirectory target, DataKey dataKey, BackupHeader header) {
        try (Store store = Store.open(target, dataKey)) {
            ChainVerification chain = new EventLog(clock).verify(store.dsl());
            if (!(chain instanceof ChainVerification.Intact intact) || intact.count() != header.eventCount()
                    || !Arrays.equals(intact.headHash(), header.eventHead())) {
                throw new BackupRefusedException(Reason.DAMAGED);
            }
        } catch (BackupRefusedException e) {
            throw e;
        } catch (CustodianException e) {
            // authenticated bytes that H2 cannot open were damaged before they were sealed
            throw new BackupRefusedException(Reason.DAMAGED);
        }
    }

    private static DataKey unlock(BackupHeader header, String username, Passphrase password) {
        Optional<DataKey> key;
        try {
            key = KeyRingFile.unlockCopy(header.keyRing(), Usernames.normalize(username), password);
        } catch (KeyRingException e) {
            throw new BackupRefusedException(Reason.DAMAGED);
        }
        return key.orElseThrow(() -> new BackupRefusedException(Reason.NO_KEY_SLOT));
    }

    private static void requireEmpty(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new BackupRefusedException(Reason.TARGET_NOT_EMPTY);
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new BackupRefusedException(Reason.TARGET_NOT_EMPTY);
            }
        } catch (IOException e) {
            throw new BackupRefusedException(Reason.TARGET_NOT_EMPTY);
        }
    }

    private static void cleanUp(DataDirectory target, Path partial, boolean created) {
        try {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(target.databaseFile());
            Files.deleteIfExists(target.keyRingFile());
            Files.deleteIfExists(target.eventHeadFile());
            if (created) {
                Files.deleteIfExists(target.root());
            }
        } catch (IOException ignored) {
            // only a folder the restore itself created, holding ciphertext at most
        }
    }
}
