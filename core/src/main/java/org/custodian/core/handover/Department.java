package org.custodian.core.handover;

/** A department whose queue takes handovers. A retired one takes no new handovers; what it was sent stays. */
public record Department(String code, String name, boolean active) {
}
