package org.custodian.core.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.custodian.core.crypto.DataKey;
import org.custodian.core.errors.BackupRefusedException;
import org.custodian.core.errors.BackupRefusedException.Reason;
import org.custodian.core.progress.Progress;

/**
 * Writes and reads the backup file: {@link BackupHeader}, then {@link SealedChunks} holding the zip H2's
 * {@code BACKUP TO} made of the database file.
 */
final class BackupFile {

    static final int CHUNK_SIZE = 1024 * 1024;
    private static final String DATABASE_ENTRY_SUFFIX = ".mv.db";

    private BackupFile() {
    }

    /** Seals {@code snapshot} into {@code target} (a new file) and forces it to disk. */
    static void write(Path target, BackupHeader header, Path snapshot, DataKey dataKey, Progress progress)
            throws IOException {
        byte[] key = dataKey.backupKey(header.salt());
        long total = Files.size(snapshot);
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
            header.writeTo(out);
            try (InputStream in = Files.newInputStream(snapshot);
                 OutputStream sealer = new SealedChunks.Sealer(out, key, header.digest(), header.chunkSize())) {
                byte[] buffer = new byte[1 << 16];
                long done = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sealer.write(buffer, 0, n);
                    done += n;
                    progress.at(done, total);
                }
            }
            out.flush();
            channel.force(true);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Reads just the header (no key needed), refusing a file that is not a backup or whose header is damaged. */
    static BackupHeader header(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return BackupHeader.readFrom(in);
        } catch (IOException e) {
            throw new BackupRefusedException(Reason.NOT_A_BACKUP);
        }
    }

    /**
     * Authenticates every chunk under {@code dataKey} and hands the database file inside to {@code sink} (null
     * only checks). Refuses a backup with any changed, missing or extra byte, or without a database in it.
     */
    static BackupHeader read(Path file, DataKey dataKey, OutputStream sink) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            BackupHeader header = BackupHeader.readFrom(in);
            byte[] key = dataKey.backupKey(header.salt());
            try {
                SealedChunks.Opener payload = new SealedChunks.Opener(in, key, header.digest(), header.chunkSize());
                boolean found = false;
                try (ZipInputStream zip = new ZipInputStream(payload)) {
                    ZipEntry entry;
                    while ((entry = zip.getNextEntry()) != null) {
                        boolean database = entry.getName().endsWith(DATABASE_ENTRY_SUFFIX) && !found;
                        // the zip's own CRC is checked as each entry is read to its end
                        zip.transferTo(database && sink != null ? sink : OutputStream.nullOutputStream());
                        found |= database;
                    }
                    payload.transferTo(OutputStream.nullOutputStream());
                }
                if (!found || !payload.complete()) {
                    throw new BackupRefusedException(Reason.DAMAGED);
                }
                return header;
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (java.util.zip.ZipException e) {
            throw new BackupRefusedException(Reason.DAMAGED);
        } catch (IOException e) {
            throw new BackupRefusedException(Reason.NOT_A_BACKUP);
        }
    }
}
