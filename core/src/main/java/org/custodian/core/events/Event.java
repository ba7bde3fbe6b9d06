package org.custodian.core.events;

import java.time.Instant;

/** One stored event; {@code hash} chains it to the one before. */
public record Event(long seq, Instant occurredAt, Long actorId, String action, String purpose, String subjectKey,
                    String details, byte[] prevHash, byte[] hash) {
}
