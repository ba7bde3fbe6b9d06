package org.custodian.core.crypto;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.custodian.core.errors.StorageFailureException;

/** Reads and atomically replaces the key-ring file (write a temporary file, force it to disk, rename). */
public final class KeyRingFile {

    private final Path path;

    public KeyRingFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /** Reads the ring without checking its MAC (no data key yet). */
    public KeyRing readUnverified() {
        return KeyRing.read(path).ring();
    }

    /**
     * Unwraps the data key for an account and then verifies the whole file against it. Empty when the name has no
     * slot or the password is wrong; throws when the file is missing, unreadable or altered.
     */
    public Optional<Unlocked> unlock(String accountName, Passphrase passphrase) {
        KeyRing.Parsed parsed = KeyRing.read(path);
        Optional<DataKey> key = parsed.ring().unwrap(accountName, passphrase);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            parsed.ring().verify(key.get(), parsed.mac());
        } catch (RuntimeException e) {
            key.get().destroy();
            throw e;
        }
        return Optional.of(new Unlocked(parsed.ring(), key.get()));
    }

    /**
     * Unlocks a key ring held as bytes (a copy carried inside a backup) exactly as {@link #unlock} does the file:
     * empty when no slot opens with this name and password; throws when the bytes are not a ring or were altered.
     */
    public static Optional<DataKey> unlockCopy(byte[] ringBytes, String accountName, Passphrase passphrase) {
        KeyRing.Parsed parsed = KeyRing.parse(ringBytes);
        Optional<DataKey> key = parsed.ring().unwrap(accountName, passphrase);
        key.ifPresent(k -> {
            try {
                parsed.ring().verify(k, parsed.mac());
            } catch (RuntimeException e) {
                k.destroy();
                throw e;
            }
        });
        return key;
    }

    /** The file's bytes as they are on disk, verified under this key first (to carry in a backup). */
    public byte[] verifiedBytes(DataKey dataKey) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            KeyRing.Parsed parsed = KeyRing.parse(bytes);
            parsed.ring().verify(dataKey, parsed.mac());
            return bytes;
        } catch (IOException e) {
            throw new StorageFailureException(e);
        }
    }

    /** Checks a ring already in memory is still what is on disk, under this key. */
    public KeyRing readVerified(DataKey dataKey) {
        KeyRing.Parsed parsed = KeyRing.read(path);
        parsed.ring().verify(dataKey, parsed.mac());
        return parsed.ring();
    }

    public void write(KeyRing ring, DataKey dataKey) {
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(ring.toFileBytes(dataKey)));
                channel.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageFailureException(e);
        }
    }

    /** A ring opened with one account's password, and the data key it unwrapped. */
    public record Unlocked(KeyRing ring, DataKey dataKey) {
    }
}
