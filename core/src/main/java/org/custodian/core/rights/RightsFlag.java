package org.custodian.core.rights;

/** What a rights request can set on a record until it is lifted. */
public enum RightsFlag {
    /** Restriction (Art 18): the record is kept but read-only; no rectification or new details. */
    RESTRICTED("Processing restricted: the record is read-only", "UK GDPR Art 18"),
    /** Objection to direct marketing (Art 21(2)): an absolute right, no marketing use or consent. */
    OBJECTS_TO_MARKETING("Objects to direct marketing: no marketing use", "UK GDPR Art 21(3)");

    private final String label;
    private final String article;

    RightsFlag(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
