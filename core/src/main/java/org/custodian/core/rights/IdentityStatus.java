package org.custodian.core.rights;

/** Whether the requester's identity had to be confirmed before the request could be answered. */
public enum IdentityStatus {
    /** Already known (e.g. a verified caller): the clock runs from receipt. */
    NOT_NEEDED,
    /** Evidence asked for and not yet arrived: the clock has not started. */
    AWAITING,
    /** Evidence arrived: the clock runs from that day. */
    VERIFIED
}
