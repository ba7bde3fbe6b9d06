package org.custodian.core.customers;

import java.time.Instant;
import java.util.Map;
import org.custodian.core.gdpr.Field;

/** The interaction log entry for one call: when, what it was about, what was done, under which script. */
public record Interaction(long id, long customerId, long agentId, Instant startedAt, Instant savedAt,
                          String enquiryType, String scriptId, int scriptVersion, String purposeCode,
                          int purposeVersion, String nature, String actionsTaken, String outcome,
                          Map<Field, String> otherAnswers, boolean readBack) {

    public Interaction {
        otherAnswers = Map.copyOf(otherAnswers);
    }
}
