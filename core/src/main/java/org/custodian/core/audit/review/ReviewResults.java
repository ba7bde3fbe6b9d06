package org.custodian.core.audit.review;

import java.time.Instant;
import java.util.List;

/** What a team lead sends back to the store a pack came from: which pack, from which store, by whom, the verdicts. */
public record ReviewResults(String packId, String storeFingerprint, String reviewerFingerprint, Instant signedAt,
                            List<ReviewResult> results) {

    public ReviewResults {
        results = List.copyOf(results);
    }
}
