package org.custodian.core.handover;

import java.time.Instant;

/**
 * A stored handover. Exactly one of {@code toUser} and {@code toDepartment} is set. {@code promised} is empty
 * when nothing was promised. Opened and acknowledged are null until they happen.
 */
public record Handover(long id, long customerId, String purposeCode, long sentBy, Instant sentAt, Long toUser,
                       String toDepartment, String need, String done, String promised, Urgency urgency, Instant dueAt,
                       Instant openedAt, Long openedBy, Instant acknowledgedAt, Long acknowledgedBy) {

    public HandoverStatus status() {
        return acknowledgedAt != null ? HandoverStatus.ACKNOWLEDGED
                : openedAt != null ? HandoverStatus.OPENED : HandoverStatus.SENT;
    }

    public boolean sentToDepartment() {
        return toDepartment != null;
    }

    Handover opened(Instant at, long by) {
        return new Handover(id, customerId, purposeCode, sentBy, sentAt, toUser, toDepartment, need, done, promised, urgency,
                dueAt, at, by, acknowledgedAt, acknowledgedBy);
    }

    Handover acknowledged(Instant at, long by) {
        return new Handover(id, customerId, purposeCode, sentBy, sentAt, toUser, toDepartment, need, done, promised, urgency,
                dueAt, openedAt == null ? at : openedAt, openedBy == null ? by : openedBy, at, by);
    }
}
