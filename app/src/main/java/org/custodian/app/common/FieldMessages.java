package org.custodian.app.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.core.rules.Violation;

/**
 * The message shown beside each field of a form, keyed by the field name core's violations use ("Username",
 * "Password", ...). A violation for a field the form does not have goes to the form-level message instead.
 */
public final class FieldMessages {

    private final Map<String, StringProperty> byField = new LinkedHashMap<>();

    public FieldMessages(String... fields) {
        for (String field : fields) {
            byField.put(field, new SimpleStringProperty(this, field, ""));
        }
    }

    public StringProperty of(String field) {
        StringProperty property = byField.get(field);
        if (property == null) {
            throw new IllegalArgumentException("no such field on this form: " + field);
        }
        return property;
    }

    public void clear() {
        byField.values().forEach(p -> p.set(""));
    }

    /** Shows each violation beside its field; returns the sentences that belong to no field here. */
    public String show(List<Violation> violations) {
        List<String> unplaced = new ArrayList<>();
        for (Violation violation : violations) {
            StringProperty property = byField.get(violation.field());
            if (property == null) {
                unplaced.add(violation.message());
            } else {
                property.set(property.get().isEmpty() ? violation.message() : property.get() + " " + violation.message());
            }
        }
        return String.join(" ", unplaced);
    }

    public boolean isClear() {
        return byField.values().stream().allMatch(p -> p.get().isEmpty());
    }
}
