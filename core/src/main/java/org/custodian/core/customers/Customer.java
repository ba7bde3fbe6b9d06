package org.custodian.core.customers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's core record. Contact points, consents and interactions hang off it in their own tables.
 * Date of birth, postcode and address are null when the purpose that created the record did not need them.
 */
public record Customer(long id, String reference, String fullName, LocalDate dateOfBirth, String postcode,
                       String address, Instant createdAt, long createdBy) {

    public Customer(long id, String reference, String fullName, Instant createdAt, long createdBy) {
        this(id, reference, fullName, null, null, null, createdAt, createdBy);
    }

    public Customer with(String fullName, LocalDate dateOfBirth, String postcode, String address) {
        return new Customer(id, reference, fullName, dateOfBirth, postcode, address, createdAt, createdBy);
    }
}
