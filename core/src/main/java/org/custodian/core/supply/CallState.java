package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import java.time.Instant;
import java.util.Set;

/** Where a call stands on identity: checks failed, and when (and on what) the caller passed. */
public record CallState(long id, long customerId, long agentId, String purposeCode, Instant startedAt, int failedChecks,
                        Instant verifiedAt, Set<VerificationItem> verifiedItems) {

    public CallState {
        verifiedItems = Set.copyOf(verifiedItems);
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public boolean exhausted() {
        return failedChecks >= VerificationPolicy.MAX_FAILED_CHECKS;
    }
}
