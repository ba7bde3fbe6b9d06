package org.custodian.core.customers;

import java.time.Instant;
import org.custodian.core.gdpr.Art9Condition;
import org.custodian.core.gdpr.Field;

/** Special category data (UK GDPR Art 9) with the condition that allowed recording it. */
public record SpecialCategoryEntry(long id, long customerId, Field field, String value, Art9Condition condition,
                                   Instant recordedAt, long recordedBy) {
}
