package org.custodian.core.rights;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's request to exercise a right, as a case. {@code dueOn} is null while identity evidence is awaited
 * (the clock has not started); {@code closure} is null while the case is open.
 */
public record RightsRequest(long id, long customerId, RightKind kind, LocalDate receivedOn, IdentityStatus identity,
                            LocalDate identityVerifiedOn, LocalDate dueOn, int extensionMonths, LocalDate extensionToldOn,
                            Closure closure, Instant closedAt, Long closedBy, Instant loggedAt, long loggedBy) {

    /** How a case ended. */
    public enum Closure {
        COMPLETED("Completed"),
        REFUSED("Refused (manifestly unfounded or excessive)"),
        WITHDRAWN("Withdrawn by the requester");

        private final String label;

        Closure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean open() {
        return closure == null;
    }

    public RightsRequest withIdentity(IdentityStatus status, LocalDate verifiedOn, LocalDate due) {
        return new RightsRequest(id, customerId, kind, receivedOn, status, verifiedOn, due, extensionMonths, extensionToldOn,
                closure, closedAt, closedBy, loggedAt, loggedBy);
    }

    public RightsRequest withExtension(int months, LocalDate toldOn, LocalDate due) {
        return new RightsRequest(id, customerId, kind, receivedOn, identity, identityVerifiedOn, due, months, toldOn,
                closure, closedAt, closedBy, loggedAt, loggedBy);
    }

    public RightsRequest closed(Closure how, Instant at, long by) {
        return new RightsRequest(id, customerId, kind, receivedOn, identity, identityVerifiedOn, dueOn, extensionMonths,
                extensionToldOn, how, at, by, loggedAt, loggedBy);
    }
}
