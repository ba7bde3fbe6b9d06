package org.custodian.core.crypto;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Ed25519 signatures (BouncyCastle's lightweight API). Every signature covers a domain label first, so a
 * signature made for one kind of document (a checkpoint) can never be replayed as another (a pack).
 */
public final class Signing {

    public static final int PUBLIC_KEY_BYTES = 32;
    public static final int PRIVATE_KEY_BYTES = 32;
    public static final int SIGNATURE_BYTES = 64;

    private Signing() {
    }

    /** A fresh private key (32 random bytes); the caller wipes it. */
    public static byte[] newPrivateKey() {
        return Crypto.randomBytes(PRIVATE_KEY_BYTES);
    }

    public static byte[] publicKeyOf(byte[] privateKey) {
        return new Ed25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
    }

    public static byte[] sign(byte[] privateKey, String domain, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(privateKey, 0));
        feed(signer, domain, message);
        return signer.generateSignature();
    }

    /** False for a wrong signature, a wrong key, a malformed key or a signature of the wrong length. */
    public static boolean verify(byte[] publicKey, String domain, byte[] message, byte[] signature) {
        if (publicKey == null || publicKey.length != PUBLIC_KEY_BYTES || signature == null
                || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            feed(verifier, domain, message);
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void feed(Ed25519Signer signer, String domain, byte[] message) {
        byte[] label = (domain + "\0").getBytes(StandardCharsets.UTF_8);
        signer.update(label, 0, label.length);
        signer.update(message, 0, message.length);
    }
}
