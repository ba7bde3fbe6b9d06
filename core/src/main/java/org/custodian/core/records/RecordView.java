package org.custodian.core.records;

import java.time.Instant;
import java.util.List;
import org.custodian.core.customers.InteractionLine;
import org.custodian.core.gdpr.Field;

/**
 * A customer's record as opened for one purpose: only the fields that purpose needs, masked until revealed, with
 * contact points (and whether each needs re-confirming), consent and interaction history, what the purpose needs
 * but the record lacks, the fields this person may correct under the purpose, and the rectification history (old
 * values only for team leads).
 */
public record RecordView(long customerId, String reference, String fullName, String purposeCode, String purposeName,
                         List<ShownField> fields, List<ShownContact> contacts, List<ConsentLine> consents,
                         List<InteractionLine> interactions, List<HistoryLine> history, List<Field> missing,
                         List<Field> correctable, int staleAfterMonths) {

    public RecordView {
        fields = List.copyOf(fields);
        contacts = List.copyOf(contacts);
        consents = List.copyOf(consents);
        interactions = List.copyOf(interactions);
        history = List.copyOf(history);
        missing = List.copyOf(missing);
        correctable = List.copyOf(correctable);
    }

    /** A field held on the customer row (or special category data), as shown: masked unless it is the name. */
    public record ShownField(Field field, String shown, boolean masked) {
    }

    /** A phone number or email, masked, with when it was last confirmed; stale ones are to be re-confirmed. */
    public record ShownContact(long id, Field field, String shown, Instant verifiedAt, boolean stale) {
    }

    public record ConsentLine(String purposeName, String channel, String status, String method, String wordingVersion,
                              Instant recordedAt, String recordedBy) {
    }

    /** {@code oldValue} is null when the viewer may not see old values. */
    public record HistoryLine(Field field, String oldValue, Instant changedAt, String changedBy, String reason) {
    }

    public boolean hasStaleContacts() {
        return contacts.stream().anyMatch(ShownContact::stale);
    }
}
