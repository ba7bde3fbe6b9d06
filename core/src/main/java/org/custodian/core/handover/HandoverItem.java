package org.custodian.core.handover;

/**
 * A handover as people see it: the note with the names it refers to, how it stands against its "by when" as of
 * when it was read, and whether the reader may confirm it.
 *
 * @param toLabel        the colleague's name, or the department's name with "(department queue)"
 * @param acknowledgedBy who confirmed it, or null while nobody has
 * @param sentByReader   whether the person reading sent it
 */
public record HandoverItem(Handover handover, String customerName, String customerReference, String fromName, String toLabel,
                           String acknowledgedBy, Timeliness timeliness, HandoverRules.Acknowledgement acknowledgement,
                           boolean sentByReader) {

    public long id() {
        return handover.id();
    }

    public HandoverStatus status() {
        return handover.status();
    }

    public boolean overdue() {
        return timeliness == Timeliness.OVERDUE;
    }

    public boolean mayAcknowledge() {
        return acknowledgement == HandoverRules.Acknowledgement.ALLOWED;
    }
}
