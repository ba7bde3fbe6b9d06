package org.custodian.core.gdpr;

/** Conditions for processing special category data, UK GDPR Article 9(2) (with DPA 2018 Schedule 1). */
public enum Art9Condition {
    EXPLICIT_CONSENT("9(2)(a)", "Explicit consent"),
    EMPLOYMENT_SOCIAL_SECURITY("9(2)(b)", "Employment, social security and social protection"),
    VITAL_INTERESTS("9(2)(c)", "Vital interests"),
    NOT_FOR_PROFIT_BODY("9(2)(d)", "Not-for-profit body"),
    MADE_PUBLIC("9(2)(e)", "Made public by the data subject"),
    LEGAL_CLAIMS("9(2)(f)", "Legal claims or judicial acts"),
    SUBSTANTIAL_PUBLIC_INTEREST("9(2)(g)", "Substantial public interest (DPA 2018 Sch 1 Part 2)"),
    HEALTH_OR_SOCIAL_CARE("9(2)(h)", "Health or social care"),
    PUBLIC_HEALTH("9(2)(i)", "Public health"),
    ARCHIVING_RESEARCH_STATISTICS("9(2)(j)", "Archiving, research and statistics");

    private final String article;
    private final String label;

    Art9Condition(String article, String label) {
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
