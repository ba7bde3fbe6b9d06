package org.custodian.core.audit.pack;

import java.time.Instant;

/** A consent record as review needs it: for which purpose (and channel), the answer, how, which wording, when. */
public record PackConsent(String purposeCode, String channel, String status, String method, String wordingVersion,
                          Instant recordedAt) {
}
