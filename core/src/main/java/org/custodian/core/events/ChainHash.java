package org.custodian.core.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The chain hash: SHA-256 over the previous hash and every field of the event, each length-prefixed so no two
 * different events encode alike. Unkeyed on purpose: anyone holding the events (an auditor with a pack) can
 * verify it; rewriting the whole chain is caught by a kept checkpoint.
 *
 * <p>SHA-256 comes from the JDK here, not BouncyCastle: the same function and bytes, but the JDK's uses the CPU's
 * SHA instructions where present, and verifying a million events is mostly hashing (BouncyCastle's pure-Java
 * digest managed about 400,000 a second on the 2-core bench machine).
 */
public final class ChainHash {

    public static final byte[] GENESIS = new byte[32];
    static final int FIXED = 8 + 8 + 4 + 1 + 8;

    private ChainHash() {
    }

    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static byte[] of(byte[] prevHash, long seq, Instant occurredAt, Long actorId, String action,
                            String purpose, String subjectKey, String details) {
        return of(newDigest(), ByteBuffer.allocate(FIXED), prevHash, seq, occurredAt, actorId, action, purpose, subjectKey,
                details);
    }

    public static byte[] of(Event e) {
        return of(e.prevHash(), e.seq(), e.occurredAt(), e.actorId(), e.action(), e.purpose(), e.subjectKey(),
                e.details());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The same hash with a digest and a scratch buffer the caller reuses (verifying a million events). */
    static byte[] of(MessageDigest digest, ByteBuffer fixed, byte[] prevHash, long seq, Instant occurredAt, Long actorId,
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
        return digest.digest();
    }

    private static void text(MessageDigest digest, String value) {
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
