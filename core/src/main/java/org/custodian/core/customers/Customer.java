package org.custodian.core.customers;

import java.time.Instant;

/** A customer's core record. Later migrations add contact points, consents and interactions around it. */
public record Customer(long id, String reference, String fullName, Instant createdAt, long createdBy) {
}
