package org.custodian.core.audit.pack;

import java.time.Instant;
import java.util.Set;

/**
 * A disclosure as review needs it: to whom by kind (never the recipient's name), which items, on what basis, when,
 * whether a third party's authority was on record, and when the caller on that call passed the identity check.
 */
public record PackDisclosure(long id, String recipientKind, Set<String> items, String lawfulBasis,
                             boolean authorityRecorded, Instant disclosedAt, Instant callVerifiedAt) {

    public PackDisclosure {
        items = Set.copyOf(items);
    }
}
