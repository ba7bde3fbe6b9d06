package org.custodian.core.search;

/**
 * One search result: just enough to pick the right person with the caller (full name, outward postcode, the last
 * digits of a phone number) and why they matched. Opening the record is a separate, logged step with a purpose.
 */
public record SearchHit(long customerId, String reference, String fullName, String outwardPostcode, String maskedPhone,
                        String why) {
}
