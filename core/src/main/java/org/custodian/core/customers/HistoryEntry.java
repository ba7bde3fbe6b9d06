package org.custodian.core.customers;

import java.time.Instant;
import org.custodian.core.gdpr.Field;

/** One rectification: the value a field held before a change, when, by whom and why. */
public record HistoryEntry(long id, long customerId, Field field, String oldValue, Instant changedAt, long changedBy,
                           String reason) {
}
