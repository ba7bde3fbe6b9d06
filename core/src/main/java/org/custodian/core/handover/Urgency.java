package org.custodian.core.handover;

import java.time.Duration;

/** How soon the receiver must act; each carries the "by when" offered when the sender has not chosen one. */
public enum Urgency {
    URGENT("Urgent", Duration.ofHours(2)),
    HIGH("High", Duration.ofHours(24)),
    ROUTINE("Routine", Duration.ofDays(3));

    private final String label;
    private final Duration defaultWithin;

    Urgency(String label, Duration defaultWithin) {
        this.label = label;
        this.defaultWithin = defaultWithin;
    }

    public String label() {
        return label;
    }

    /** The time from sending to the default "by when". */
    public Duration defaultWithin() {
        return defaultWithin;
    }
}
