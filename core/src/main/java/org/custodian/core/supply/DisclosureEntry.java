package org.custodian.core.supply;

import java.time.Instant;
import java.util.Set;
import org.custodian.core.gdpr.LawfulBasis;

/** One line of the disclosure register: who was told what, when, on what basis, by whom. */
public record DisclosureEntry(long id, long customerId, Long callId, RecipientKind recipientKind, String recipientName,
                              String relation, Long thirdPartyId, Set<DisclosureItem> items, LawfulBasis basis, String basisNote,
                              String purposeCode, long agentId, Instant disclosedAt) {

    public DisclosureEntry {
        items = Set.copyOf(items);
    }

    public enum RecipientKind { CUSTOMER, THIRD_PARTY, ORGANISATION }
}
