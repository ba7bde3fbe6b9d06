package org.custodian.core.audit.keys;

import java.time.Instant;

/** A team-lead public key this store trusts: whose it is, when it was registered, and whether it was retired. */
public record RegisteredKey(long id, TeamLeadPublicKey key, long ownerId, Instant registeredAt, Instant retiredAt) {

    public String fingerprint() {
        return key.fingerprint();
    }

    public boolean active() {
        return retiredAt == null;
    }
}
