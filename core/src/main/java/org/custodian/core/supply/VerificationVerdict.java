package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import java.util.Set;

/** The outcome of one identity check: what was asked (never the answers) and what it means. */
public sealed interface VerificationVerdict {

    /** Every answer given matched and enough were asked. */
    record Passed(Set<VerificationItem> asked) implements VerificationVerdict {
    }

    /** At least one answer did not match the record. */
    record Failed(Set<VerificationItem> asked, int failedChecks, boolean nowFlagged) implements VerificationVerdict {
    }

    /** Fewer items were answered than the policy needs; nothing counted, ask the caller more. */
    record Incomplete(Set<VerificationItem> asked, int stillNeeded) implements VerificationVerdict {
    }

    /** The record holds too few of the policy's items to check anyone against it. */
    record CannotVerify(int held, int required) implements VerificationVerdict {
    }
}
