package org.custodian.core.intake;

import java.time.Instant;
import org.custodian.core.gdpr.ConsentMethod;

/**
 * The consent step of an intake: the wording version read out, the caller's answer, how it was given, and the
 * moment the agent recorded it (UTC). Recorded before any personal data for the purpose.
 */
public record ConsentCapture(String wordingVersion, boolean given, ConsentMethod method, Instant recordedAt) {
}
