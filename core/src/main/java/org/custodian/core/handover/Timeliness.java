package org.custodian.core.handover;

/** How a handover stands against its "by when", as of a moment. */
public enum Timeliness {
    /** Past its "by when" and not yet confirmed: it must stand out. */
    OVERDUE,
    /** Not confirmed, and due within the hour. */
    DUE_SOON,
    /** Not confirmed, with more than an hour left. */
    ON_TIME,
    /** Confirmed: the receiver has it in hand. */
    ACKNOWLEDGED
}
