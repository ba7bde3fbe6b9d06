package org.custodian.core.crypto;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Encryption to an X25519 public key: a fresh ephemeral key pair per message, X25519 agreement, HKDF-SHA256 over
 * the shared secret (salted with both public keys, so the key is bound to this sender and recipient), AES-256-GCM.
 * The caller's header is the GCM associated data, so no byte of it can change unnoticed.
 */
public final class SealedBox {

    public static final int PUBLIC_KEY_BYTES = 32;
    public static final int PRIVATE_KEY_BYTES = 32;

    private SealedBox() {
    }

    public static byte[] newPrivateKey() {
        return Crypto.randomBytes(PRIVATE_KEY_BYTES);
    }

    public static byte[] publicKeyOf(byte[] privateKey) {
        return new X25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
    }

    /** What travels: the ephemeral public key, the nonce and the sealed bytes. */
    public record Sealed(byte[] ephemeralPublic, byte[] nonce, byte[] ciphertext) {
    }

    public static Sealed seal(byte[] recipientPublic, String purpose, byte[] header, byte[] plaintext) {
        byte[] ephemeralPrivate = newPrivateKey();
        try {
            byte[] ephemeralPublic = publicKeyOf(ephemeralPrivate);
            byte[] key = key(ephemeralPrivate, recipientPublic, ephemeralPublic, recipientPublic, purpose);
            byte[] nonce = Crypto.randomBytes(Crypto.NONCE_BYTES);
            try {
                return new Sealed(ephemeralPublic, nonce, Crypto.seal(key, nonce, plaintext, header));
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } finally {
            Arrays.fill(ephemeralPrivate, (byte) 0);
        }
    }

    public static byte[] open(byte[] recipientPrivate, String purpose, byte[] header, Sealed sealed)
            throws Crypto.AuthenticationFailed {
        byte[] recipientPublic = publicKeyOf(recipientPrivate);
        byte[] key;
        try {
            key = key(recipientPrivate, sealed.ephemeralPublic(), sealed.ephemeralPublic(), recipientPublic, purpose);
        } catch (RuntimeException e) {
            throw new Crypto.AuthenticationFailed();
        }
        try {
            return Crypto.open(key, sealed.nonce(), sealed.ciphertext(), header);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] key(byte[] ownPrivate, byte[] otherPublic, byte[] ephemeralPublic, byte[] recipientPublic,
                              String purpose) {
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(new X25519PrivateKeyParameters(ownPrivate, 0));
        byte[] shared = new byte[agreement.getAgreementSize()];
        agreement.calculateAgreement(new X25519PublicKeyParameters(otherPublic, 0), shared, 0);
        if (Arrays.equals(shared, new byte[shared.length])) {
            throw new IllegalArgumentException("a low-order public key gives no shared secret");
        }
        try {
            byte[] salt = ByteBuffer.allocate(64).put(ephemeralPublic).put(recipientPublic).array();
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(shared, salt, purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            byte[] out = new byte[Crypto.KEY_BYTES];
            hkdf.generateBytes(out, 0, out.length);
            return out;
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }
}
