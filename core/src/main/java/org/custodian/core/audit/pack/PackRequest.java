package org.custodian.core.audit.pack;

import java.time.Instant;

/** Which entries a pack is for: interactions saved in [from, to), by one agent or (null) by everyone. */
public record PackRequest(Instant from, Instant to, Long agentId) {

    public PackRequest {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a pack covers a window whose start is before its end");
        }
    }
}
