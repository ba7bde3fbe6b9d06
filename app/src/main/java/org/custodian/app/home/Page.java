package org.custodian.app.home;

/** The places the home shell's navigation leads to. */
public enum Page {
    INTAKE("_Intake", false),
    SEARCH("_Search", false),
    HANDOVERS("_Handovers", false),
    // No mnemonic: R, G, H and T are taken; the page is for working through requests, not during a call.
    RIGHTS("Rights requests", false),
    AUDIT("_Audit", true),
    USERS("_Users", true),
    // G: every letter of "Scripts" is already some page's or the wizard's mnemonic.
    SCRIPTS("Mana_ge scripts", true),
    // No mnemonic: the free letters of "Practice data" belong to the Search, record and Users pages.
    PRACTICE("Practice data", true),
    // No mnemonic: D is the record's "Hand over", and the page is a team lead's, not a call's.
    REGISTER("Disclosures", true),
    // No mnemonic: a team lead's page, never used on a call.
    BREACHES("Breach register", true),
    // No mnemonics on the three data-management pages: team leads reach them rarely, and the letters are taken.
    IMPORT("Import customers", true),
    RETENTION("Retention", true),
    BACKUPS("Backups", true),
    PASSWORD("My _password", false),
    ABOUT("A_bout", false);

    private final String label;
    private final boolean teamLeadOnly;

    Page(String label, boolean teamLeadOnly) {
        this.label = label;
        this.teamLeadOnly = teamLeadOnly;
    }

    /** The navigation label, with its mnemonic marked by an underscore. */
    public String label() {
        return label;
    }

    public String plainLabel() {
        return label.replace("_", "");
    }

    /**
     * Whether the navigation offers this page only to team leads. Hiding is courtesy: core refuses an agent
     * anyway.
     */
    public boolean teamLeadOnly() {
        return teamLeadOnly;
    }

    public String id() {
        return "nav" + name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
