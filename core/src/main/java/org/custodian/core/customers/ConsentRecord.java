package org.custodian.core.customers;

import java.time.Instant;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.MarketingChannel;

/**
 * One consent event: given, refused or withdrawn, for a purpose (and, for marketing, a channel), how, with
 * which wording version, under which script, when and by whom. History is kept: the latest row per purpose and
 * channel is the current state.
 */
public record ConsentRecord(long id, long customerId, String purposeCode, int purposeVersion, MarketingChannel channel,
                            Status status, ConsentMethod method, String wordingVersion, String scriptId,
                            int scriptVersion, Long interactionId, Instant recordedAt, long recordedBy) {

    public enum Status { GIVEN, REFUSED, WITHDRAWN }
}
