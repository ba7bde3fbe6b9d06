package org.custodian.core.audit.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.crypto.SealedBox;
import org.custodian.core.crypto.Signing;

/**
 * The public half of a team lead's keys: Ed25519 to check what they sign (checkpoints, review results) and X25519
 * to encrypt audit packs to them. The fingerprint is what people compare by eye when a key is registered.
 */
public record TeamLeadPublicKey(byte[] signing, byte[] receiving) {

    private static final String HEADER = "custodian-team-lead-public-key v1";

    public TeamLeadPublicKey {
        if (signing == null || signing.length != Signing.PUBLIC_KEY_BYTES || receiving == null
                || receiving.length != SealedBox.PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("a team-lead public key is two 32-byte keys");
        }
        signing = signing.clone();
        receiving = receiving.clone();
    }

    @Override
    public byte[] signing() {
        return signing.clone();
    }

    @Override
    public byte[] receiving() {
        return receiving.clone();
    }

    /** The first 16 bytes of SHA-256 over both keys, in hex groups of four ("1a2b 3c4d ..."). */
    public String fingerprint() {
        return Fingerprints.of(Crypto.sha256(signing, receiving));
    }

    public String toText() {
        HexFormat hex = HexFormat.of();
        return HEADER + "\nsign=" + hex.formatHex(signing) + "\nreceive=" + hex.formatHex(receiving) + "\n";
    }

    public byte[] toBytes() {
        return toText().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads {@link #toText()}; throws IllegalArgumentException with one plain sentence. */
    public static TeamLeadPublicKey parse(String text) {
        String[] lines = text.strip().split("\\R");
        if (lines.length != 3 || !HEADER.equals(lines[0]) || !lines[1].startsWith("sign=") || !lines[2].startsWith("receive=")) {
            throw new IllegalArgumentException("This is not a Custodian team-lead public key file.");
        }
        try {
            HexFormat hex = HexFormat.of();
            return new TeamLeadPublicKey(hex.parseHex(lines[1].substring(5)), hex.parseHex(lines[2].substring(8)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The team-lead public key file is damaged: its keys cannot be read.");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamLeadPublicKey that && Arrays.equals(signing, that.signing)
                && Arrays.equals(receiving, that.receiving);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signing) + Arrays.hashCode(receiving);
    }

    @Override
    public String toString() {
        return "TeamLeadPublicKey[" + fingerprint() + "]";
    }
}
