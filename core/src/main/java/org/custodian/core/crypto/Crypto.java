package org.custodian.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** The few primitives Custodian uses, all from BouncyCastle's lightweight API. */
public final class Crypto {

    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BITS = 128;
    public static final int SALT_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Crypto() {
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Argon2id over the NFKC UTF-8 bytes of the passphrase. */
    public static byte[] argon2id(Passphrase passphrase, byte[] salt, Argon2Params params) {
        byte[] password = passphrase.utf8();
        try {
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(salt)
                    .withMemoryAsKB(params.memoryKiB())
                    .withIterations(params.iterations())
                    .withParallelism(params.parallelism())
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] key = new byte[KEY_BYTES];
            generator.generateBytes(password, key);
            return key;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** AES-256-GCM encryption; the tag is appended to the ciphertext. */
    public static byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
        GCMModeCipher cipher = gcm(true, key, nonce, associatedData);
        byte[] out = new byte[cipher.getOutputSize(plaintext.length)];
        int written = cipher.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            cipher.doFinal(out, written);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
        return out;
    }

    /** AES-256-GCM decryption; throws {@link AuthenticationFailed} when the tag does not verify. */
    public static byte[] open(byte[] key, byte[] nonce, byte[] sealed, byte[] associatedData) throws AuthenticationFailed {
        GCMModeCipher cipher = gcm(false, key, nonce, associatedData);
        byte[] out = new byte[cipher.getOutputSize(sealed.length)];
        int written = cipher.processBytes(sealed, 0, sealed.length, out, 0);
        try {
            cipher.doFinal(out, written);
            return out;
        } catch (InvalidCipherTextException e) {
            Arrays.fill(out, (byte) 0);
            throw new AuthenticationFailed();
        }
    }

    private static GCMModeCipher gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, associatedData));
        return cipher;
    }

    /** HKDF-SHA256: a sub-key for one purpose, so no key is ever used for two jobs. */
    public static byte[] hkdf(byte[] inputKey, String purpose, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(inputKey, null, purpose.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[length];
        generator.generateBytes(out, 0, length);
        return out;
    }

    public static HMac hmac(byte[] key) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        return mac;
    }

    public static byte[] hmac(byte[] key, byte[] data) {
        HMac mac = hmac(key);
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    public static byte[] sha256(byte[]... parts) {
        SHA256Digest digest = new SHA256Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** Constant-time comparison, for MACs and hashes. */
    public static boolean sameBytes(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /** Thrown when an authenticated decryption does not verify: wrong key or changed bytes. */
    public static final class AuthenticationFailed extends Exception {
        private static final long serialVersionUID = 1L;

        public AuthenticationFailed() {
            super("authentication tag did not verify", null, false, false);
        }
    }
}
