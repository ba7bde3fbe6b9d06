package org.custodian.core.records;

/** Why a detail was changed. Stored by name in the event log; the optional note stays in the encrypted history. */
public enum RectificationReason {
    CUSTOMER_CORRECTION("The customer told us it was wrong"),
    TYPING_MISTAKE("It was typed wrongly"),
    DETAILS_CHANGED("The customer's details have changed"),
    CONFIRMED_FROM_DOCUMENT("Corrected from a document we have seen"),
    OTHER("Another reason (say which in the note)");

    private final String label;

    RectificationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
