package org.custodian.core.audit.review;

/** A team lead's decision on one entry. */
public enum Verdict {
    /** Looked at; nothing to raise. */
    REVIEWED,
    /** Flagged for coaching: the comment says what to go over with the agent. */
    COACHING
}
