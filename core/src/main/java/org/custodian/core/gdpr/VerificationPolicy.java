package org.custodian.core.gdpr;

import java.util.EnumSet;
import java.util.Set;

/**
 * The organisation's data-protection check: which items an agent may ask, and how many must be answered
 * correctly before anything is disclosed to the caller.
 */
public record VerificationPolicy(Set<VerificationItem> items, int required) {

    /** Two of date of birth, postcode, the phone's last four digits and the security answer. */
    public static final VerificationPolicy DEFAULT = new VerificationPolicy(EnumSet.allOf(VerificationItem.class), 2);
    public static final int MAX_FAILED_CHECKS = 3;

    public VerificationPolicy {
        items = Set.copyOf(items);
    }
}
