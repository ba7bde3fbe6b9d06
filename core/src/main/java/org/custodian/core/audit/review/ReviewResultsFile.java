package org.custodian.core.audit.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.keys.TeamLeadPublicKey;
import org.custodian.core.audit.pack.PackJson;
import org.custodian.core.crypto.Signing;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.errors.AuditFileException.Reason;

/**
 * Review results on disk, signed by the team lead: "CUSTREVW" | version 1 | Ed25519 signature (64) | JSON.
 * Not encrypted: it goes back to the store the pack came from, and the comments are what the team lead wrote.
 */
public final class ReviewResultsFile {

    private static final String DOMAIN = "custodian/review-results/v1";
    private static final byte[] MAGIC = "CUSTREVW".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int HEADER = 8 + 1 + Signing.SIGNATURE_BYTES;
    private static final ObjectMapper JSON = PackJson.mapper();

    private ReviewResultsFile() {
    }

    public static byte[] sign(ReviewResults results, TeamLeadKeys keys) {
        if (!keys.publicKey().fingerprint().equals(results.reviewerFingerprint())) {
            throw new IllegalArgumentException("results are signed by the reviewer they name");
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(results);
        } catch (IOException e) {
            throw new IllegalStateException("review results could not be written", e);
        }
        byte[] signature = keys.sign(DOMAIN, body);
        return ByteBuffer.allocate(HEADER + body.length).put(MAGIC).put(VERSION).put(signature).put(body).array();
    }

    /** A results file read but not yet trusted: check {@link #signedBy} against a registered key first. */
    public record Unverified(ReviewResults results, byte[] body, byte[] signature) {

        public boolean signedBy(TeamLeadPublicKey key) {
            return key.fingerprint().equals(results.reviewerFingerprint()) && Signing.verify(key.signing(), DOMAIN, body, signature);
        }
    }

    public static Unverified read(byte[] file) {
        if (file.length <= HEADER || !Arrays.equals(Arrays.copyOf(file, 8), MAGIC) || file[8] != VERSION) {
            throw new AuditFileException(Reason.NOT_REVIEW_RESULTS);
        }
        byte[] signature = Arrays.copyOfRange(file, 9, HEADER);
        byte[] body = Arrays.copyOfRange(file, HEADER, file.length);
        try {
            ReviewResults results = JSON.readValue(body, ReviewResults.class);
            if (results.reviewerFingerprint() == null || results.storeFingerprint() == null || results.results() == null
                    || results.results().stream().anyMatch(r -> r.verdict() == null || r.reviewedAt() == null)) {
                throw new AuditFileException(Reason.RESULTS_BAD_SIGNATURE);
            }
            return new Unverified(results, body, signature);
        } catch (IOException | RuntimeException e) {
            // unreadable JSON under a signature can only be a changed file
            throw new AuditFileException(Reason.RESULTS_BAD_SIGNATURE);
        }
    }
}
