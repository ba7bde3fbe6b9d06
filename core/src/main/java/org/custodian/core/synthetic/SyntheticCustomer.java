package org.custodian.core.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * One fictional customer, every value already in the canonical form the store keeps (names NFC, phones E.164,
 * postcodes upper case with one space). {@code dateOfBirth} and {@code email} are null for the customers who did
 * not give them; {@code phones} holds none, one or two numbers, all from Ofcom's drama ranges.
 */
public record SyntheticCustomer(String fullName, LocalDate dateOfBirth, List<String> phones, String email,
                                String postcode, String address) {

    public SyntheticCustomer {
        phones = List.copyOf(phones);
    }
}
