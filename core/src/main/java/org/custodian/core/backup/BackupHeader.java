package org.custodian.core.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.errors.BackupRefusedException;
import org.custodian.core.errors.BackupRefusedException.Reason;

/**
 * The clear part of a backup file: what it is, when it was written, the event-log head it holds, the salt of its
 * key and a copy of the key ring (whose slots are the only way to its data key). Followed on disk by a SHA-256 of
 * these bytes, so accidental damage here is named as damage rather than as a wrong password; deliberate changes
 * are caught because the header's digest is bound into every sealed chunk (docs/decisions/0013-encrypted-backups.md).
 */
public record BackupHeader(Instant createdAt, long eventCount, byte[] eventHead, byte[] salt, int chunkSize,
                           byte[] keyRing) {

    static final byte[] MAGIC = "CUSTBKUP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int SALT_BYTES = 32;
    private static final int MAX_RING_BYTES = 16 * 1024 * 1024;
    private static final int MAX_CHUNK = 16 * 1024 * 1024;

    /** The header's bytes as written (without the digest that follows them). */
    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeShort(VERSION);
            out.writeLong(createdAt.toEpochMilli());
            out.writeLong(eventCount);
            out.write(eventHead);
            out.write(salt);
            out.writeInt(chunkSize);
            out.writeInt(keyRing.length);
            out.write(keyRing);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buffer.toByteArray();
    }

    void writeTo(DataOutputStream out) throws IOException {
        byte[] bytes = bytes();
        out.write(bytes);
        out.write(Crypto.sha256(bytes));
    }

    /** What every chunk binds as associated data: the header exactly as written. */
    byte[] digest() {
        return Crypto.sha256(bytes());
    }

    /** Reads and checks the header; refuses with the reason a person can act on. */
    static BackupHeader readFrom(DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new BackupRefusedException(magic.length < MAGIC.length && startsLikeBackup(magic)
                    ? Reason.TRUNCATED : Reason.NOT_A_BACKUP);
        }
        try {
            int version = in.readUnsignedShort();
            if (version > VERSION) {
                throw new BackupRefusedException(Reason.NEWER_FORMAT);
            }
            if (version != VERSION) {
                throw new BackupRefusedException(Reason.DAMAGED);
            }
            Instant created = Instant.ofEpochMilli(in.readLong());
            long events = in.readLong();
            byte[] head = readExactly(in, 32);
            byte[] salt = readExactly(in, SALT_BYTES);
            int chunk = in.readInt();
            int ringLength = in.readInt();
            if (chunk < 1 || chunk > MAX_CHUNK || ringLength < 1 || ringLength > MAX_RING_BYTES || events < 0) {
                throw new BackupRefusedException(Reason.DAMAGED);
            }
            byte[] ring = readExactly(in, ringLength);
            BackupHeader header = new BackupHeader(created, events, head, salt, chunk, ring);
            byte[] stored = readExactly(in, 32);
            if (!Crypto.sameBytes(stored, Crypto.sha256(header.bytes()))) {
                throw new BackupRefusedException(Reason.DAMAGED);
            }
            return header;
        } catch (EOFException e) {
            throw new BackupRefusedException(Reason.TRUNCATED);
        }
    }

    private static boolean startsLikeBackup(byte[] start) {
        return Arrays.equals(start, Arrays.copyOf(MAGIC, start.length));
    }

    static byte[] readExactly(DataInputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return bytes;
    }
}
