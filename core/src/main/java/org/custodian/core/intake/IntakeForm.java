package org.custodian.core.intake;

import java.time.Instant;
import java.util.Map;
import org.custodian.core.scripts.Script;

/**
 * Everything an intake has gathered: the script it follows, the typed answers by question id, the consent step
 * (null until taken, and only for purposes based on consent), and when the call's intake began.
 */
public record IntakeForm(Script script, Map<String, String> answers, ConsentCapture consent, Instant startedAt) {

    public IntakeForm {
        answers = Map.copyOf(answers);
    }
}
