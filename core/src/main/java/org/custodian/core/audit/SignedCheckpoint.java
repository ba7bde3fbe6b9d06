package org.custodian.core.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.keys.TeamLeadPublicKey;
import org.custodian.core.crypto.Signing;
import org.custodian.core.events.Checkpoint;

/**
 * A checkpoint a team lead signed with their Ed25519 key: the count, the head hash, when, which store, and who
 * signed. Kept off the machine, it proves at the next audit that the log only grew, even against someone who
 * holds the data key and rewrote the whole chain consistently.
 */
public record SignedCheckpoint(Checkpoint checkpoint, String storeFingerprint, String signerFingerprint, byte[] signature) {

    static final String HEADER = "custodian-signed-checkpoint v1";
    private static final String DOMAIN = "custodian/checkpoint/v1";

    public static SignedCheckpoint sign(Checkpoint checkpoint, String storeFingerprint, TeamLeadKeys keys) {
        String signer = keys.publicKey().fingerprint();
        byte[] signature = keys.sign(DOMAIN, body(checkpoint, storeFingerprint, signer));
        return new SignedCheckpoint(checkpoint, storeFingerprint, signer, signature);
    }

    public boolean signedBy(TeamLeadPublicKey key) {
        return key.fingerprint().equals(signerFingerprint)
                && Signing.verify(key.signing(), DOMAIN, body(checkpoint, storeFingerprint, signerFingerprint), signature);
    }

    public String toText() {
        return new String(body(checkpoint, storeFingerprint, signerFingerprint), StandardCharsets.UTF_8)
                + "signature=" + HexFormat.of().formatHex(signature) + "\n";
    }

    private static byte[] body(Checkpoint c, String store, String signer) {
        return (HEADER + "\ncount=" + c.count() + "\nhead=" + HexFormat.of().formatHex(c.headHash()) + "\ntaken="
                + c.takenAt() + "\nstore=" + store + "\nsigner=" + signer + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Empty when the text is not a signed checkpoint at all (an old unsigned one, or something else). */
    public static Optional<SignedCheckpoint> parse(String text) {
        String[] lines = text.strip().split("\\R");
        if (lines.length != 7 || !HEADER.equals(lines[0])) {
            return Optional.empty();
        }
        try {
            HexFormat hex = HexFormat.of();
            long count = Long.parseLong(value(lines[1], "count"));
            byte[] head = hex.parseHex(value(lines[2], "head"));
            Instant taken = Instant.parse(value(lines[3], "taken"));
            if (count < 0 || head.length != 32) {
                return Optional.empty();
            }
            return Optional.of(new SignedCheckpoint(new Checkpoint(count, head, taken), value(lines[4], "store"),
                    value(lines[5], "signer"), hex.parseHex(value(lines[6], "signature"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + "=")) {
            throw new IllegalArgumentException("missing " + key);
        }
        return line.substring(key.length() + 1);
    }
}
