package org.custodian.core.intake;

import java.time.Instant;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;

/** Consent comes before personal data when the purpose relies on it (UK GDPR Art 6(1)(a), 7 and 9(2)(a)). */
public final class ConsentRules {

    private static final String FIELD = "Consent";

    private ConsentRules() {
    }

    /** The named outcome of checking an intake's consent against its purpose. */
    public sealed interface Verdict {
        record NotNeeded() implements Verdict {
        }

        record Given() implements Verdict {
        }

        record Blocked(Violation violation) implements Verdict {
        }
    }

    /**
     * @param startedAt          when the call's intake started
     * @param personalDataGiven  whether the intake holds any personal data for the purpose
     */
    public static Verdict check(Purpose purpose, ConsentCapture consent, Instant startedAt, Instant now,
                                boolean personalDataGiven) {
        if (!purpose.needsConsent()) {
            return new Verdict.NotNeeded();
        }
        String art = purpose.art9Condition() != null ? "UK GDPR Art 9(2)(a)" : "UK GDPR Art 6(1)(a), 7";
        if (consent == null) {
            return blocked("consent.missing", "read the consent wording and record the caller's answer before taking details.", art);
        }
        if (!purpose.consentWording().version().equals(consent.wordingVersion())) {
            return blocked("consent.wording-changed", "the consent wording has changed; read the current wording again.", art);
        }
        if (consent.recordedAt().isBefore(startedAt) || consent.recordedAt().isAfter(now)) {
            return blocked("consent.time", "the consent time is outside this call; record the caller's answer again.", art);
        }
        if (!consent.given() && personalDataGiven) {
            return blocked("consent.refused", "the caller said no, so no personal data may be recorded for this purpose; "
                    + "remove the details or end the call.", art);
        }
        return consent.given() ? new Verdict.Given() : new Verdict.NotNeeded();
    }

    private static Verdict blocked(String code, String fix, String ref) {
        return new Verdict.Blocked(new Violation(FIELD, code, FIELD + ": " + fix, ref));
    }
}
