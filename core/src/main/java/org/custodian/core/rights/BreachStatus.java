package org.custodian.core.rights;

/** Where a breach stands. */
public enum BreachStatus {
    SUSPECTED("Suspected"),
    CONFIRMED("Confirmed"),
    REPORTED("Reported to the ICO"),
    NOT_REPORTABLE("Not reportable (unlikely to result in a risk)"),
    CLOSED("Closed");

    private final String label;

    BreachStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
