package org.custodian.core.audit.review;

import java.time.Instant;

/** One entry's verdict, with the team lead's comment (free text: stored under a MAC, never in an event). */
public record ReviewResult(long interactionId, Verdict verdict, String comment, Instant reviewedAt) {
}
