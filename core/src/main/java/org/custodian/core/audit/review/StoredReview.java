package org.custodian.core.audit.review;

import java.time.Instant;

/** A review result imported into the store, with the registered key that signed it. */
public record StoredReview(long id, String resultsHash, long interactionId, Verdict verdict, String comment,
                           Instant reviewedAt, long reviewerKeyId, Instant importedAt, long importedBy) {
}
