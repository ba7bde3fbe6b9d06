package org.custodian.core.supply;

import org.custodian.core.gdpr.LawfulBasis;

/** Whether details may be supplied, and if not, why, in one sentence the agent can act on. */
public sealed interface DisclosureDecision {

    record Allowed(LawfulBasis basis, String recipientName, String relation) implements DisclosureDecision {
    }

    record Refused(String code, String reason) implements DisclosureDecision {
    }
}
