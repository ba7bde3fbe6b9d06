package org.custodian.core.audit.keys;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.custodian.core.crypto.Argon2Params;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.errors.AuditFileException.Reason;
import org.custodian.core.errors.StorageFailureException;

/**
 * A team lead's private keys on their own machine, sealed like a key-ring slot: Argon2id over the passphrase,
 * AES-256-GCM over both private keys, with everything before the sealed bytes (parameters, salt, nonce, public
 * keys) as associated data, so no parameter can be lowered and no public key swapped unnoticed.
 *
 * <p>Layout (big-endian): "CUSTTLKF", version 1 (one byte), Argon2id memory KiB, iterations, parallelism (ints),
 * 16-byte salt, 12-byte nonce, Ed25519 public key (32), X25519 public key (32), sealed private keys (64 + 16 tag).
 */
public final class TeamLeadKeyFile {

    public static final int MIN_PASSPHRASE = 12;
    private static final byte[] MAGIC = "CUSTTLKF".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int HEADER = 8 + 1 + 12 + Crypto.SALT_BYTES + Crypto.NONCE_BYTES + 64;
    private static final int LENGTH = HEADER + 64 + 16;

    private TeamLeadKeyFile() {
    }

    /** Creates new keys and writes them to a new file (never over an existing one). */
    public static TeamLeadKeys create(Path file, Passphrase passphrase, Argon2Params params) {
        if (passphrase.codePointLength() < MIN_PASSPHRASE) {
            throw new AuditFileException(Reason.PASSPHRASE_TOO_SHORT);
        }
        TeamLeadKeys keys = TeamLeadKeys.generate();
        byte[] bytes = seal(keys, passphrase, params);
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            keys.destroy();
            throw new AuditFileException(Reason.KEY_FILE_EXISTS);
        } catch (IOException e) {
            keys.destroy();
            throw new StorageFailureException(e);
        }
        return keys;
    }

    public static TeamLeadKeys open(Path file, Passphrase passphrase) {
        try {
            return open(Files.readAllBytes(file), passphrase);
        } catch (IOException e) {
            throw new AuditFileException(Reason.KEY_FILE_UNREADABLE);
        }
    }

    static byte[] seal(TeamLeadKeys keys, Passphrase passphrase, Argon2Params params) {
        byte[] salt = Crypto.randomBytes(Crypto.SALT_BYTES);
        byte[] nonce = Crypto.randomBytes(Crypto.NONCE_BYTES);
        ByteBuffer header = ByteBuffer.allocate(HEADER).put(MAGIC).put(VERSION).putInt(params.memoryKiB())
                .putInt(params.iterations()).putInt(params.parallelism()).put(salt).put(nonce)
                .put(keys.publicKey().signing()).put(keys.publicKey().receiving());
        byte[] wrapKey = Crypto.argon2id(passphrase, salt, params);
        byte[] privateBytes = keys.privateBytes();
        try {
            byte[] sealed = Crypto.seal(wrapKey, nonce, privateBytes, header.array());
            return ByteBuffer.allocate(LENGTH).put(header.array()).put(sealed).array();
        } finally {
            Arrays.fill(wrapKey, (byte) 0);
            Arrays.fill(privateBytes, (byte) 0);
        }
    }

    static TeamLeadKeys open(byte[] bytes, Passphrase passphrase) {
        if (bytes.length != LENGTH || !Arrays.equals(Arrays.copyOf(bytes, 8), MAGIC) || bytes[8] != VERSION) {
            throw new AuditFileException(Reason.KEY_FILE_UNREADABLE);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 9, LENGTH - 9);
        Argon2Params params;
        try {
            params = new Argon2Params(in.getInt(), in.getInt(), in.getInt());
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            throw new AuditFileException(Reason.KEY_FILE_UNREADABLE);
        }
        byte[] salt = take(in, Crypto.SALT_BYTES);
        byte[] nonce = take(in, Crypto.NONCE_BYTES);
        TeamLeadPublicKey stored = new TeamLeadPublicKey(take(in, 32), take(in, 32));
        byte[] sealed = take(in, 80);
        byte[] wrapKey = Crypto.argon2id(passphrase, salt, params);
        byte[] both;
        try {
            both = Crypto.open(wrapKey, nonce, sealed, Arrays.copyOf(bytes, HEADER));
        } catch (Crypto.AuthenticationFailed e) {
            throw new AuditFileException(Reason.KEY_FILE_WRONG_PASSPHRASE);
        } finally {
            Arrays.fill(wrapKey, (byte) 0);
        }
        TeamLeadKeys keys = new TeamLeadKeys(Arrays.copyOfRange(both, 0, 32), Arrays.copyOfRange(both, 32, 64));
        Arrays.fill(both, (byte) 0);
        if (!keys.publicKey().equals(stored)) {
            keys.destroy();
            throw new AuditFileException(Reason.KEY_FILE_UNREADABLE);
        }
        return keys;
    }

    private static byte[] take(ByteBuffer in, int length) {
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }
}
