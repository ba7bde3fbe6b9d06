package org.custodian.core.supply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Someone with recorded authority to act for a customer, within a scope and (perhaps) until a date. */
public record ThirdParty(long id, long customerId, String fullName, AuthorityType authority, EvidenceType evidence,
                         String evidenceNote, Set<DisclosureItem> scope, LocalDate expiresOn, Instant recordedAt,
                         long recordedBy, Instant revokedAt, Long revokedBy) {

    public ThirdParty {
        scope = Set.copyOf(scope);
    }

    public enum Status { ACTIVE, EXPIRED, WITHDRAWN }

    /** Authority holds through its expiry date and ends when it is withdrawn. */
    public Status status(LocalDate today) {
        if (revokedAt != null) {
            return Status.WITHDRAWN;
        }
        return expiresOn != null && today.isAfter(expiresOn) ? Status.EXPIRED : Status.ACTIVE;
    }
}
