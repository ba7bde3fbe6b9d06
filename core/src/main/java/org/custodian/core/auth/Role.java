package org.custodian.core.auth;

public enum Role {
    AGENT("Agent", "an agent"),
    TEAM_LEAD("Team lead", "a team lead");

    private final String label;
    private final String withArticle;

    Role(String label, String withArticle) {
        this.label = label;
        this.withArticle = withArticle;
    }

    public String label() {
        return label;
    }

    public String withArticle() {
        return withArticle;
    }
}
