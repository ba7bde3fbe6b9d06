package org.custodian.core.customers;

import java.time.Instant;

/**
 * One interaction as the record shows it (when, the kind of enquiry, its nature, the actions taken, the outcome,
 * the agent's name). Here rather than in the record view so that services logging a call can hand one back.
 */
public record InteractionLine(long id, Instant savedAt, String enquiryType, String nature, String actionsTaken,
                              String outcome, String agent) {
}
