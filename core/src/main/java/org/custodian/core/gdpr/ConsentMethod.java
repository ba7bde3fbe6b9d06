package org.custodian.core.gdpr;

/** How consent (or its withdrawal) was given. */
public enum ConsentMethod {
    VERBAL("Verbal, on the call"),
    WRITTEN("Written"),
    ONLINE("Online");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
