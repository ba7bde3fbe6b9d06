package org.custodian.core.handover;

import java.time.Instant;

/**
 * A handover as the sender writes it: the customer's need, what has been done, what was promised, how urgent and
 * by when. {@code purposeCode} is the purpose the customer's record was opened for.
 */
public record HandoverNote(long customerId, String purposeCode, Receiver to, String need, String done, String promised,
                           Urgency urgency, Instant dueAt) {
}
