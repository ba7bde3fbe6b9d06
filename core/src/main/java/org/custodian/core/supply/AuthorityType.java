package org.custodian.core.supply;

/** The kind of authority a third party holds to act for the customer. */
public enum AuthorityType {
    LASTING_POWER_OF_ATTORNEY("Lasting power of attorney"),
    ORDINARY_POWER_OF_ATTORNEY("Ordinary power of attorney"),
    COURT_DEPUTY("Deputy appointed by the Court of Protection"),
    NAMED_REPRESENTATIVE("Named representative (the customer's own instruction)");

    private final String label;

    AuthorityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
