package org.custodian.core.imports;

import java.util.Locale;
import java.util.Optional;
import org.custodian.core.gdpr.Field;

/** The columns a customer-list CSV may have, by header name, and the customer field each fills. */
public enum ImportColumn {
    FULL_NAME("full_name", Field.FULL_NAME),
    DATE_OF_BIRTH("date_of_birth", Field.DATE_OF_BIRTH),
    PHONE("phone", Field.PHONE),
    EMAIL("email", Field.EMAIL),
    POSTCODE("postcode", Field.POSTCODE),
    ADDRESS("address", Field.ADDRESS);

    private final String header;
    private final Field field;

    ImportColumn(String header, Field field) {
        this.header = header;
        this.field = field;
    }

    public String header() {
        return header;
    }

    public Field field() {
        return field;
    }

    /** The column a header names: case, surrounding spaces and spaces for underscores do not matter. */
    public static Optional<ImportColumn> forHeader(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (ImportColumn column : values()) {
            if (column.header.equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
