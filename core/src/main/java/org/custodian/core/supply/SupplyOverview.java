package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.custodian.core.gdpr.LawfulBasis;

/**
 * What the record's supply panel shows for a purpose: the identity check to ask, the call's state, any flag, the
 * people with authority, what may be supplied, and the register of what was.
 */
public record SupplyOverview(VerificationPolicy policy, List<VerificationItem> askable, String securityQuestion,
                             CallState call, FlagLine flag, List<ThirdPartyLine> thirdParties, List<DisclosureItem> available,
                             List<DisclosureLine> disclosures) {

    public SupplyOverview {
        askable = List.copyOf(askable);
        thirdParties = List.copyOf(thirdParties);
        available = List.copyOf(available);
        disclosures = List.copyOf(disclosures);
    }

    /** An uncleared warning on the record. */
    public record FlagLine(String kind, Instant raisedAt, String raisedBy) {
    }

    public record ThirdPartyLine(long id, String fullName, AuthorityType authority, EvidenceType evidence, Set<DisclosureItem> scope,
                                 java.time.LocalDate expiresOn, ThirdParty.Status status, Instant recordedAt, String recordedBy) {
    }

    /** A register line as people read it. */
    public record DisclosureLine(long id, Instant disclosedAt, String customerReference, String recipient, String relation,
                                 DisclosureEntry.RecipientKind recipientKind, List<DisclosureItem> items, LawfulBasis basis,
                                 String basisNote, String purposeName, String agent) {
    }
}
