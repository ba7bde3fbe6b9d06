package org.custodian.core.gdpr;

/** The six lawful bases for processing personal data, UK GDPR Article 6(1). */
public enum LawfulBasis {
    CONSENT("6(1)(a)", "Consent"),
    CONTRACT("6(1)(b)", "Contract"),
    LEGAL_OBLIGATION("6(1)(c)", "Legal obligation"),
    VITAL_INTERESTS("6(1)(d)", "Vital interests"),
    PUBLIC_TASK("6(1)(e)", "Public task"),
    LEGITIMATE_INTERESTS("6(1)(f)", "Legitimate interests");

    private final String article;
    private final String label;

    LawfulBasis(String article, String label) {
        this.article = article;
        this.label = label;
    }

    public String article() {
        return "UK GDPR Art " + article;
    }

    public String label() {
        return label;
    }
}
