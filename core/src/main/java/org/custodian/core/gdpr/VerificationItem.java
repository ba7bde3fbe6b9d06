package org.custodian.core.gdpr;

import java.util.Locale;

/** What a caller can be asked to prove they are the customer. Which of these an organisation uses is a setting. */
public enum VerificationItem {
    DATE_OF_BIRTH("Date of birth"),
    POSTCODE("Postcode"),
    PHONE_LAST_FOUR("Last four digits of the phone number"),
    SECURITY_ANSWER("Answer to the security question");

    private final String label;

    VerificationItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** For sentences: "date of birth", "postcode". */
    public String phrase() {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }
}
