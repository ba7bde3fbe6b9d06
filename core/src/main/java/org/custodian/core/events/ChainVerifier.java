package org.custodian.core.events;

import java.time.Instant;
import java.util.Arrays;

/**
 * Checks events one at a time, in order, against the chain so far; {@link ChainHash#of} per event. Shared by the
 * store's walk ({@link EventLog#verify}) so it can stream pages without building {@link Event} objects.
 */
final class ChainVerifier {

    private final java.security.MessageDigest digest = ChainHash.newDigest();
    private final java.nio.ByteBuffer fixed = java.nio.ByteBuffer.allocate(ChainHash.FIXED);
    private byte[] expectedPrev = ChainHash.GENESIS;
    private long expectedSeq = 1;

    /** Null while the chain holds; the first fault otherwise. */
    ChainVerification.Broken next(long seq, Instant occurredAt, Long actorId, String action, String purpose,
                                  String subjectKey, String details, byte[] prevHash, byte[] hash) {
        if (seq != expectedSeq) {
            return new ChainVerification.Broken(expectedSeq, ChainVerification.Fault.GAP);
        }
        byte[] computed = ChainHash.of(digest, fixed, prevHash, seq, occurredAt, actorId, action, purpose, subjectKey, details);
        if (!Arrays.equals(computed, hash)) {
            return new ChainVerification.Broken(seq, ChainVerification.Fault.CONTENT_CHANGED);
        }
        if (!Arrays.equals(prevHash, expectedPrev)) {
            return new ChainVerification.Broken(seq, ChainVerification.Fault.LINK_BROKEN);
        }
        expectedPrev = hash;
        expectedSeq++;
        return null;
    }

    ChainVerification.Intact intact() {
        return new ChainVerification.Intact(expectedSeq - 1, expectedPrev);
    }
}
