package org.custodian.core.audit.keys;

import static org.custodian.core.store.schema.Tables.STORE_KEY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.crypto.Signing;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.StoreKeyRecord;
import org.jooq.DSLContext;

/**
 * The store's own Ed25519 key, which signs the audit packs it exports. Created once, on first use; the private
 * half is sealed under a sub-key of the data key and opened only for the moment of signing.
 */
public final class StoreSigningKey implements AutoCloseable {

    private static final String TABLE = "store_key";
    private static final String AAD = "custodian/store-key/v1";
    private final RowMac rowMac;
    private final byte[] sealKey;

    /** Takes ownership of {@code sealKey} and wipes it on close. */
    public StoreSigningKey(RowMac rowMac, byte[] sealKey) {
        this.rowMac = rowMac;
        this.sealKey = sealKey;
    }

    /** The public key, creating the key pair in this transaction if the store has none yet. */
    public byte[] ensure(DSLContext tx, Instant now) {
        StoreKeyRecord row = tx.selectFrom(STORE_KEY).where(STORE_KEY.ID.eq(1)).fetchOne();
        if (row != null) {
            return verified(row).getSignPublic();
        }
        byte[] privateKey = Signing.newPrivateKey();
        try {
            byte[] publicKey = Signing.publicKeyOf(privateKey);
            byte[] nonce = Crypto.randomBytes(Crypto.NONCE_BYTES);
            byte[] sealed = Crypto.seal(sealKey, nonce, privateKey, aad(publicKey));
            OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            tx.insertInto(STORE_KEY).set(STORE_KEY.ID, 1).set(STORE_KEY.SIGN_PUBLIC, publicKey).set(STORE_KEY.NONCE, nonce)
                    .set(STORE_KEY.SEALED_PRIVATE, sealed).set(STORE_KEY.CREATED_AT, at)
                    .set(STORE_KEY.MAC, rowMac.of(TABLE, 1, publicKey, nonce, sealed, at)).execute();
            return publicKey;
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** The public key when the store has its key already. */
    public java.util.Optional<byte[]> existing(DSLContext dsl) {
        return dsl.selectFrom(STORE_KEY).where(STORE_KEY.ID.eq(1)).fetchOptional().map(r -> verified(r).getSignPublic());
    }

    /** Signs with the store's key (which must exist: call {@link #ensure} in the same transaction first). */
    public byte[] sign(DSLContext dsl, String domain, byte[] message) {
        StoreKeyRecord row = verified(dsl.selectFrom(STORE_KEY).where(STORE_KEY.ID.eq(1)).fetchSingle());
        byte[] privateKey;
        try {
            privateKey = Crypto.open(sealKey, row.getNonce(), row.getSealedPrivate(), aad(row.getSignPublic()));
        } catch (Crypto.AuthenticationFailed e) {
            throw new IntegrityException(TABLE, 1);
        }
        try {
            return Signing.sign(privateKey, domain, message);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    private StoreKeyRecord verified(StoreKeyRecord row) {
        if (!rowMac.matches(row.getMac(), TABLE, row.getId(), row.getSignPublic(), row.getNonce(), row.getSealedPrivate(),
                row.getCreatedAt())) {
            throw new IntegrityException(TABLE, row.getId());
        }
        return row;
    }

    private static byte[] aad(byte[] publicKey) {
        return Crypto.sha256(AAD.getBytes(java.nio.charset.StandardCharsets.UTF_8), publicKey);
    }

    @Override
    public void close() {
        Arrays.fill(sealKey, (byte) 0);
    }
}
