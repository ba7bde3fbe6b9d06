package org.custodian.core.handover;

/** Where a handover is: sent, opened by someone who may take it on, or confirmed as understood. */
public enum HandoverStatus {
    SENT("Sent, not yet opened"),
    OPENED("Opened, not yet confirmed"),
    ACKNOWLEDGED("Confirmed as understood");

    private final String label;

    HandoverStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
