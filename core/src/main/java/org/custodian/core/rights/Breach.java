package org.custodian.core.rights;

import java.time.Instant;

/**
 * An entry in the breach register: what happened (no customer named), when the organisation became aware, the
 * window of access it concerns (and the agent, if one), and its status.
 */
public record Breach(long id, String summary, Instant awareAt, Instant windowFrom, Instant windowTo, Long agentId,
                     BreachStatus status, Instant reportedAt, Instant recordedAt, long recordedBy) {

    public Breach withStatus(BreachStatus next, Instant reported) {
        return new Breach(id, summary, awareAt, windowFrom, windowTo, agentId, next, reported, recordedAt, recordedBy);
    }
}
