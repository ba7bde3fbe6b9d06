package org.custodian.core.errors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns an I/O failure in the data directory into the typed error a person can act on, by looking at the
 * directory itself (free space, writability) rather than at the operating system's message text.
 */
public final class StorageFailures {

    /** Below this much free space a write is treated as having failed for lack of space. */
    public static final long LOW_SPACE_BYTES = 8L * 1024 * 1024;

    private StorageFailures() {
    }

    /** What the directory looks like now; an interface so tests can describe a full or read-only disk. */
    public interface Probe {
        long usableBytes(Path directory) throws IOException;

        boolean writable(Path directory);
    }

    public static final Probe SYSTEM = new Probe() {
        @Override
        public long usableBytes(Path directory) throws IOException {
            return Files.getFileStore(directory).getUsableSpace();
        }

        @Override
        public boolean writable(Path directory) {
            return Files.isWritable(directory);
        }
    };

    public static CustodianException classify(Throwable cause, Path directory, Probe probe) {
        if (!probe.writable(directory)) {
            return new DataDirectoryReadOnlyException();
        }
        try {
            if (probe.usableBytes(directory) < LOW_SPACE_BYTES) {
                return new DiskFullException();
            }
        } catch (IOException e) {
            return new StorageFailureException(cause);
        }
        return new StorageFailureException(cause);
    }

    /** Refuses before any write when the directory is read-only or the disk is all but full. */
    public static void checkWritable(Path directory, Probe probe) {
        if (!probe.writable(directory)) {
            throw new DataDirectoryReadOnlyException();
        }
        try {
            if (probe.usableBytes(directory) < LOW_SPACE_BYTES) {
                throw new DiskFullException();
            }
        } catch (IOException e) {
            throw new StorageFailureException(e);
        }
    }
}
