package org.custodian.core.records;

import org.custodian.core.gdpr.Field;

/**
 * A correction an agent asks for: one field of one customer, opened for a purpose, the new value as typed, why,
 * and an optional note. For a phone number or email, {@code contactPointId} names which one.
 */
public record Rectification(long customerId, String purposeCode, Field field, Long contactPointId, String newValue,
                            RectificationReason reason, String note) {
}
