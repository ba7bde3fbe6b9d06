package org.custodian.core.customers;

import java.time.Instant;

/** A phone number (E.164) or email address, with when it was last confirmed with the customer. */
public record ContactPoint(long id, long customerId, Kind kind, String value, Instant verifiedAt, Instant createdAt) {

    public enum Kind { PHONE, EMAIL }
}
