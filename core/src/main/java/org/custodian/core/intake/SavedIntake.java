package org.custodian.core.intake;

/** The outcome of a save: the customer (new or linked) and the interaction recorded. */
public record SavedIntake(long customerId, String reference, long interactionId, boolean newCustomer) {
}
