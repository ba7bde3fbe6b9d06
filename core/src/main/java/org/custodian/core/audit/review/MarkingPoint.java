package org.custodian.core.audit.review;

/** What a team lead marks every entry against (issue 6). */
public enum MarkingPoint {
    MANDATORY_FIELDS("Mandatory fields complete"),
    CONSENT_BEFORE_PERSONAL_DATA("Consent recorded before personal data"),
    LAWFUL_BASIS("Lawful basis present"),
    IDENTITY_BEFORE_DISCLOSURE("Identity verified before every disclosure"),
    PURPOSE_ON_ACCESS("Purpose stated on every access"),
    READ_BACK("Read-back done"),
    INTERACTION_LOG("Interaction log complete");

    private final String label;

    MarkingPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
