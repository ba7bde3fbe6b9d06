package org.custodian.core.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import javax.security.auth.Destroyable;

/**
 * The store's random 256-bit data key and the sub-keys derived from it (HKDF), one per job.
 *
 * <p>The data key never leaves memory in clear: on disk it exists only wrapped in key-ring slots.
 */
public final class DataKey implements Destroyable, AutoCloseable {

    private final byte[] key;
    private boolean destroyed;

    private DataKey(byte[] key) {
        if (key.length != Crypto.KEY_BYTES) {
            throw new IllegalArgumentException("a data key has 32 bytes");
        }
        this.key = key;
    }

    public static DataKey generate() {
        return new DataKey(Crypto.randomBytes(Crypto.KEY_BYTES));
    }

    /** Takes ownership of the array. */
    static DataKey of(byte[] key) {
        return new DataKey(key);
    }

    byte[] raw() {
        ensureLive();
        return key;
    }

    /** H2's file password: hex (no spaces allowed there), a separate sub-key from every other use. */
    public char[] databaseFilePassword() {
        return hexChars(Crypto.hkdf(raw(), "custodian/h2-file/v1", 32));
    }

    /** H2's user password, which H2 checks after the file decrypts. */
    public char[] databaseUserPassword() {
        return hexChars(Crypto.hkdf(raw(), "custodian/h2-user/v1", 32));
    }

    /** Key for the MACs that personal-data rows carry. */
    public byte[] rowMacKey() {
        return Crypto.hkdf(raw(), "custodian/row-mac/v1", 32);
    }

    /** Key for pseudonymous subject keys in the event log (keyed hash of a customer id). */
    public byte[] subjectKey() {
        return Crypto.hkdf(raw(), "custodian/subject/v1", 32);
    }

    /**
     * Key sealing one backup file: a fresh salt per backup gives each its own key, so AES-GCM nonces can never
     * repeat across backups (docs/decisions/0013-encrypted-backups.md).
     */
    public byte[] backupKey(byte[] salt) {
        return Crypto.hkdf(raw(), "custodian/backup/v1/" + HexFormat.of().formatHex(salt), 32);
    }

    /** Key that seals the store's own Ed25519 signing key (audit packs) inside the store. */
    public byte[] storeSigningKeySeal() {
        return Crypto.hkdf(raw(), "custodian/store-signing-key/v1", 32);
    }

    /** Key for the MAC over the whole key-ring file. */
    byte[] keyRingMacKey() {
        return Crypto.hkdf(raw(), "custodian/key-ring-mac/v1", 32);
    }

    private static char[] hexChars(byte[] bytes) {
        char[] hex = HexFormat.of().formatHex(bytes).toCharArray();
        Arrays.fill(bytes, (byte) 0);
        return hex;
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    private void ensureLive() {
        if (destroyed) {
            throw new IllegalStateException("data key already destroyed");
        }
    }

    @Override
    public String toString() {
        return "DataKey[****]";
    }
}
