package org.custodian.core.audit.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Predicate;
import org.custodian.core.audit.keys.Fingerprints;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.keys.TeamLeadPublicKey;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.crypto.SealedBox;
import org.custodian.core.crypto.Signing;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.errors.AuditFileException.Reason;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventRun;

/**
 * The audit pack on disk: signed by the store, then encrypted to one team lead (docs/decisions/0011).
 *
 * <pre>
 * "CUSTPACK" | version 1 (1 byte) | recipient key id (16 bytes) | ephemeral X25519 public (32) | nonce (12) | sealed
 * sealed = AES-256-GCM( store Ed25519 public (32) | signature (64) | content JSON ), header bytes as associated data
 * signature = Ed25519( "custodian/audit-pack/v1", recipient key id | content JSON ) under the store's key
 * </pre>
 * Opening checks, in order: the magic and version, that the pack is for this key, the decryption (any changed or
 * missing byte fails here), that the store is trusted, the store's signature, the content, then the event chain.
 */
public final class AuditPackFormat {

    static final String SIGN_DOMAIN = "custodian/audit-pack/v1";
    private static final String SEAL_PURPOSE = "custodian/audit-pack-seal/v1";
    private static final byte[] MAGIC = "CUSTPACK".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int HEADER = 8 + 1 + 16;
    private static final int MIN_LENGTH = HEADER + 32 + Crypto.NONCE_BYTES + 16 + 96;
    private static final ObjectMapper JSON = PackJson.mapper();

    private AuditPackFormat() {
    }

    /** The content as the store signs it. */
    public static byte[] contentBytes(PackContents contents) {
        try {
            return JSON.writeValueAsBytes(contents);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("pack content could not be written", e);
        }
    }

    /** The message the store signs for this recipient. */
    public static byte[] signedMessage(TeamLeadPublicKey recipient, byte[] content) {
        return ByteBuffer.allocate(16 + content.length).put(keyId(recipient)).put(content).array();
    }

    /** Seals already-signed content for the recipient. */
    public static byte[] seal(TeamLeadPublicKey recipient, byte[] storePublic, byte[] signature, byte[] content) {
        byte[] header = ByteBuffer.allocate(HEADER).put(MAGIC).put(VERSION).put(keyId(recipient)).array();
        byte[] inner = ByteBuffer.allocate(32 + 64 + content.length).put(storePublic).put(signature).put(content).array();
        SealedBox.Sealed sealed = SealedBox.seal(recipient.receiving(), SEAL_PURPOSE, header, inner);
        return ByteBuffer.allocate(HEADER + 32 + Crypto.NONCE_BYTES + sealed.ciphertext().length).put(header)
                .put(sealed.ephemeralPublic()).put(sealed.nonce()).put(sealed.ciphertext()).array();
    }

    /** Opens, verifies and reads a pack; every refusal names its reason. */
    public static PackContents open(byte[] pack, TeamLeadKeys keys, Predicate<String> trustedStore) {
        if (pack.length < MIN_LENGTH || !Arrays.equals(Arrays.copyOf(pack, 8), MAGIC)) {
            throw new AuditFileException(Reason.NOT_A_PACK);
        }
        if (pack[8] != VERSION) {
            throw new AuditFileException(Reason.UNSUPPORTED_VERSION);
        }
        TeamLeadPublicKey me = keys.publicKey();
        if (!Crypto.sameBytes(Arrays.copyOfRange(pack, 9, HEADER), keyId(me))) {
            throw new AuditFileException(Reason.NOT_FOR_THIS_KEY);
        }
        SealedBox.Sealed sealed = new SealedBox.Sealed(Arrays.copyOfRange(pack, HEADER, HEADER + 32),
                Arrays.copyOfRange(pack, HEADER + 32, HEADER + 32 + Crypto.NONCE_BYTES),
                Arrays.copyOfRange(pack, HEADER + 32 + Crypto.NONCE_BYTES, pack.length));
        byte[] inner;
        try {
            inner = keys.open(SEAL_PURPOSE, Arrays.copyOf(pack, HEADER), sealed);
        } catch (Crypto.AuthenticationFailed e) {
            throw new AuditFileException(Reason.PACK_DAMAGED);
        }
        if (inner.length < 96) {
            throw new AuditFileException(Reason.CONTENT_UNREADABLE);
        }
        byte[] storePublic = Arrays.copyOf(inner, 32);
        byte[] signature = Arrays.copyOfRange(inner, 32, 96);
        byte[] content = Arrays.copyOfRange(inner, 96, inner.length);
        String storeFingerprint = Fingerprints.ofStore(storePublic);
        if (!trustedStore.test(storeFingerprint)) {
            throw new AuditFileException(Reason.UNKNOWN_STORE);
        }
        if (!Signing.verify(storePublic, SIGN_DOMAIN, signedMessage(me, content), signature)) {
            throw new AuditFileException(Reason.BAD_SIGNATURE);
        }
        PackContents contents;
        try {
            contents = JSON.readValue(content, PackContents.class);
        } catch (java.io.IOException | RuntimeException e) {
            throw new AuditFileException(Reason.CONTENT_UNREADABLE);
        }
        if (!storeFingerprint.equals(contents.storeFingerprint()) || !me.fingerprint().equals(contents.recipientFingerprint())
                || contents.anchorHash() == null || contents.anchorHash().length != 32 || contents.events().isEmpty()) {
            throw new AuditFileException(Reason.CONTENT_UNREADABLE);
        }
        if (!(EventRun.verify(contents.events(), contents.firstSeq(), contents.anchorHash()) instanceof ChainVerification.Intact)) {
            throw new AuditFileException(Reason.CHAIN_BROKEN);
        }
        return contents;
    }

    /** 16 bytes naming the recipient's key: the first half of SHA-256 over both public keys. */
    static byte[] keyId(TeamLeadPublicKey key) {
        return Arrays.copyOf(Crypto.sha256(key.signing(), key.receiving()), 16);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
