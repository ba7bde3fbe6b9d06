package org.custodian.core.rights;

/** The rights a request can exercise (UK GDPR Arts 15 to 21). */
public enum RightKind {
    ACCESS("Access (subject access request)", "UK GDPR Art 15"),
    RECTIFICATION("Rectification", "UK GDPR Art 16"),
    ERASURE("Erasure", "UK GDPR Art 17"),
    RESTRICTION("Restriction of processing", "UK GDPR Art 18"),
    PORTABILITY("Data portability", "UK GDPR Art 20"),
    OBJECTION("Objection", "UK GDPR Art 21");

    private final String label;
    private final String article;

    RightKind(String label, String article) {
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
