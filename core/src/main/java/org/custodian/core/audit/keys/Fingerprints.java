package org.custodian.core.audit.keys;

import java.util.HexFormat;

/** How key fingerprints are written: 16 bytes of a SHA-256 in hex, in groups of four, easy to read out. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(byte[] sha256) {
        String hex = HexFormat.of().formatHex(sha256, 0, 16);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, i + 4);
        }
        return out.toString();
    }

    /** The store's fingerprint, from its Ed25519 public key. */
    public static String ofStore(byte[] storeSigningPublic) {
        return of(org.custodian.core.crypto.Crypto.sha256(storeSigningPublic));
    }
}
