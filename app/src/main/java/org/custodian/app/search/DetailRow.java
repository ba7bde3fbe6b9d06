package org.custodian.app.search;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.custodian.core.gdpr.Field;

/**
 * One line of the open record's details: a field or a contact point, shown masked until revealed. {@code key}
 * names it in control ids ("date_of_birth", "phone-1").
 */
public final class DetailRow {

    private final String key;
    private final Field field;
    private final Long contactPointId;
    private final Instant lastConfirmed;
    private final boolean stale;
    private final ReadOnlyStringWrapper shown;
    private final ReadOnlyBooleanWrapper masked;

    DetailRow(String key, Field field, Long contactPointId, String shown, boolean masked, Instant lastConfirmed,
              boolean stale) {
        this.key = key;
        this.field = field;
        this.contactPointId = contactPointId;
        this.lastConfirmed = lastConfirmed;
        this.stale = stale;
        this.shown = new ReadOnlyStringWrapper(this, "shown", shown);
        this.masked = new ReadOnlyBooleanWrapper(this, "masked", masked);
    }

    void revealed(String value) {
        shown.set(value);
        masked.set(false);
    }

    public String key() {
        return key;
    }

    public Field field() {
        return field;
    }

    public String label() {
        return field.label();
    }

    public Long contactPointId() {
        return contactPointId;
    }

    /** When the caller last confirmed this phone number or email; null for other fields. */
    public Instant lastConfirmed() {
        return lastConfirmed;
    }

    public boolean stale() {
        return stale;
    }

    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty maskedProperty() {
        return masked.getReadOnlyProperty();
    }
}
