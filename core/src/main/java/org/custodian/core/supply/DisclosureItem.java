package org.custodian.core.supply;

import org.custodian.core.gdpr.Field;

/**
 * What can be supplied from a record: a personal detail (tied to the field a purpose must list) or a history.
 * Histories are shown with every purpose's record, so any purpose may supply them.
 */
public enum DisclosureItem {
    DATE_OF_BIRTH(Field.DATE_OF_BIRTH, "Date of birth"),
    PHONE(Field.PHONE, "Phone numbers"),
    EMAIL(Field.EMAIL, "Email addresses"),
    ADDRESS(Field.ADDRESS, "Address"),
    POSTCODE(Field.POSTCODE, "Postcode"),
    HEALTH_NEEDS(Field.HEALTH_NEEDS, "Health or accessibility needs"),
    INTERACTION_HISTORY(null, "Interaction history"),
    CONSENT_HISTORY(null, "Consent history");

    private final Field field;
    private final String label;

    DisclosureItem(Field field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The personal data field this item supplies, or null for a history. */
    public Field field() {
        return field;
    }

    public String label() {
        return label;
    }
}
