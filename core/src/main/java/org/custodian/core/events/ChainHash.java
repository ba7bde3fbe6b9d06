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
        SHA256Digest digest = new SHA256Digest();
        digest.update(prevHash, 0, prevHash.length);
        ByteBuffer fixed = ByteBuffer.allocate(8 + 8 + 4 + 1 + 8);
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
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array(), 0, 4);
        digest.update(bytes, 0, bytes.length);
    }
}
