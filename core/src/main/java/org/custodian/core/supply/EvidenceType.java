package org.custodian.core.supply;

/** What was seen to accept a third party's authority. */
public enum EvidenceType {
    ORIGINAL_DOCUMENT("Original document seen"),
    CERTIFIED_COPY("Certified copy seen"),
    OPG_REGISTER("Checked with the Office of the Public Guardian"),
    CUSTOMER_INSTRUCTION("Instruction from the verified customer on a call");

    private final String label;

    EvidenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
