package org.custodian.core.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * The chain hash: SHA-256 over the previous hash and every field of the event, each length-prefixed so no two
 * different events encode alike. Unkeyed on purpose: anyone holding the events (an auditor with a pack) can
 * verify it; rewriting the whole chain is caught by a kept checkpoint.
 */
public final class ChainHash {

    public static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static byte[] of(byte[] prevHash, long seq, Instant occurredAt, Long actorId, String action,
                            String purpose, String subjectKey, String details) {
        return of(new SHA256Digest(), ByteBuffer.allocate(FIXED), prevHash, seq, occurredAt, actorId, action, purpose,
                subjectKey, details);
    }

    static final int FIXED = 8 + 8 + 4 + 1 + 8;

    /** The same hash with a digest and a scratch buffer the caller reuses (verifying a million events). */
    static byte[] of(SHA256Digest digest, ByteBuffer fixed, byte[] prevHash, long seq, Instant occurredAt, Long actorId,
                     String action, String purpose, String subjectKey, String details) {
        digest.reset();
        fixed.clear();
        digest.update(prevHash, 0, prevHash.length);
        fixed.putLong(seq).putLong(occurredAt.getEpochSecond()).putInt(occurredAt.getNano());
        fixed.put((byte) (actorId == null ? 0 : 1)).putLong(actorId == null ? 0 : actorId);
        digest.update(fixed.array(), 0, fixed.position());
        text(digest, action);
        text(digest, purpose);
        text(digest, subjectKey);
        text(digest, details);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    public static byte[] of(Event e) {
        return of(e.prevHash(), e.seq(), e.occurredAt(), e.actorId(), e.action(), e.purpose(), e.subjectKey(),
                e.details());
    }

    private static void text(SHA256Digest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        digest.update((byte) 1);
        digest.update((byte) (n >>> 24));
        digest.update((byte) (n >>> 16));
        digest.update((byte) (n >>> 8));
        digest.update((byte) n);
        digest.update(bytes, 0, n);
    }
}
