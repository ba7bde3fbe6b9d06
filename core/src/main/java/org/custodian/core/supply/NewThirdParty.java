package org.custodian.core.supply;

import java.time.LocalDate;
import java.util.Set;

/** A third party as the agent enters them, before checks. */
public record NewThirdParty(String fullName, AuthorityType authority, EvidenceType evidence, String evidenceNote,
                            Set<DisclosureItem> scope, LocalDate expiresOn) {

    public NewThirdParty {
        scope = scope == null ? Set.of() : Set.copyOf(scope);
    }
}
