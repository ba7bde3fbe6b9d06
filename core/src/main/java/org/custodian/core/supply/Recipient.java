package org.custodian.core.supply;

import org.custodian.core.gdpr.LawfulBasis;

/** Who is to be told: the customer on the call, a third party with authority, or another organisation. */
public sealed interface Recipient {

    /** The caller, who has passed the identity check as the customer. */
    record Customer() implements Recipient {
    }

    /** A recorded third party; the caller passed the identity check and speaks as them. */
    record ThirdPartyRecipient(long thirdPartyId) implements Recipient {
    }

    /** Another organisation (a courier, a partner), only with a recorded lawful basis and why it needs the details. */
    record Organisation(String name, String reason, LawfulBasis basis) implements Recipient {
    }
}
