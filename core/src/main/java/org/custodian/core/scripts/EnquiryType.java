package org.custodian.core.scripts;

/** The kinds of call a script is written for. */
public enum EnquiryType {
    NEW_CUSTOMER("New customer registration"),
    CHANGE_OF_DETAILS("Change of details"),
    GENERAL_ENQUIRY("General enquiry"),
    COMPLAINT("Complaint"),
    MARKETING_PREFERENCES("Marketing preferences"),
    SUBJECT_ACCESS_REQUEST("Subject access request");

    private final String label;

    EnquiryType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
