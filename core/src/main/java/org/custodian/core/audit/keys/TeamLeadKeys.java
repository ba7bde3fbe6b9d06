package org.custodian.core.audit.keys;

import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.crypto.SealedBox;
import org.custodian.core.crypto.Signing;

/**
 * A team lead's private keys, opened from their key file for one piece of work and then wiped. Only this class
 * touches the private bytes: it signs, and it opens what was sealed to the team lead.
 */
public final class TeamLeadKeys implements Destroyable, AutoCloseable {

    private final byte[] signingPrivate;
    private final byte[] receivingPrivate;
    private final TeamLeadPublicKey publicKey;
    private boolean destroyed;

    TeamLeadKeys(byte[] signingPrivate, byte[] receivingPrivate) {
        this.signingPrivate = signingPrivate;
        this.receivingPrivate = receivingPrivate;
        this.publicKey = new TeamLeadPublicKey(Signing.publicKeyOf(signingPrivate), SealedBox.publicKeyOf(receivingPrivate));
    }

    /** A fresh pair of key pairs. */
    public static TeamLeadKeys generate() {
        return new TeamLeadKeys(Signing.newPrivateKey(), SealedBox.newPrivateKey());
    }

    public TeamLeadPublicKey publicKey() {
        return publicKey;
    }

    public byte[] sign(String domain, byte[] message) {
        ensureLive();
        return Signing.sign(signingPrivate, domain, message);
    }

    public byte[] open(String purpose, byte[] header, SealedBox.Sealed sealed) throws Crypto.AuthenticationFailed {
        ensureLive();
        return SealedBox.open(receivingPrivate, purpose, header, sealed);
    }

    /** The two private keys, for sealing into the key file; the caller wipes the result. */
    byte[] privateBytes() {
        ensureLive();
        byte[] both = new byte[64];
        System.arraycopy(signingPrivate, 0, both, 0, 32);
        System.arraycopy(receivingPrivate, 0, both, 32, 32);
        return both;
    }

    private void ensureLive() {
        if (destroyed) {
            throw new IllegalStateException("team-lead keys already wiped");
        }
    }

    @Override
    public void destroy() {
        Arrays.fill(signingPrivate, (byte) 0);
        Arrays.fill(receivingPrivate, (byte) 0);
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

    @Override
    public String toString() {
        return "TeamLeadKeys[" + publicKey.fingerprint() + "]";
    }
}
