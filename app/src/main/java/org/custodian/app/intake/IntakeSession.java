package org.custodian.app.intake;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.intake.ConsentCapture;
import org.custodian.core.intake.DraftService;
import org.custodian.core.intake.IntakeChecks;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.scripts.Script;
import org.custodian.core.scripts.ScriptNavigator;

/**
 * One call's intake: the script and its purpose, the answers by question id, the consent, when it started and
 * where the agent is. Every step of the wizard reads and writes this one object; {@link ScriptNavigator} alone
 * decides which script step follows which.
 */
public final class IntakeSession {

    /** Where the wizard is. A consent position exists only for purposes based on consent. */
    public record Position(Kind kind, String stepId) {
        public enum Kind { CONSENT, STEP, READ_BACK, SAVED }

        static Position consent() {
            return new Position(Kind.CONSENT, null);
        }

        static Position step(String id) {
            return new Position(Kind.STEP, id);
        }
    }

    private final Script script;
    private final Purpose purpose;
    private final Instant startedAt;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Deque<Position> previous = new ArrayDeque<>();
    private ConsentCapture consent;
    private Position current;

    private IntakeSession(Script script, Purpose purpose, Instant startedAt) {
        this.script = script;
        this.purpose = purpose;
        this.startedAt = startedAt;
    }

    public static IntakeSession start(Script script, Purpose purpose, Instant startedAt) {
        IntakeSession session = new IntakeSession(script, purpose, startedAt);
        session.current = purpose.needsConsent() ? Position.consent() : session.firstStep();
        return session;
    }

    /**
     * Takes a parked call back at the step it stopped at, with the steps before it on the Back stack. A call
     * parked before its consent was recorded starts again at the consent step.
     */
    public static IntakeSession resume(DraftService.Resumed resumed, Purpose purpose) {
        IntakeForm form = resumed.form();
        IntakeSession session = new IntakeSession(form.script(), purpose, form.startedAt());
        session.answers.putAll(form.answers());
        session.consent = form.consent();
        if (purpose.needsConsent() && (session.consent == null || !session.consent.given())) {
            session.current = Position.consent();
            return session;
        }
        if (purpose.needsConsent()) {
            session.previous.push(Position.consent());
        }
        for (Script.Step step : IntakeChecks.path(form.script(), form.answers())) {
            if (step.id().equals(resumed.stepId())) {
                session.current = Position.step(step.id());
                return session;
            }
            session.previous.push(Position.step(step.id()));
        }
        // The stopped-at step is no longer on the path the answers lead through: begin again from the top.
        session.previous.clear();
        session.current = purpose.needsConsent() ? Position.consent() : session.firstStep();
        return session;
    }

    private Position firstStep() {
        return ScriptNavigator.first(script).map(s -> Position.step(s.id())).orElse(new Position(Position.Kind.READ_BACK, null));
    }

    /** Moves on: consent to the first step, a step to whatever the navigator says, the last step to read-back. */
    public void advance() {
        Position next = switch (current.kind()) {
            case CONSENT -> firstStep();
            case STEP -> ScriptNavigator.next(script, current.stepId(), answers).map(s -> Position.step(s.id()))
                    .orElse(new Position(Position.Kind.READ_BACK, null));
            case READ_BACK, SAVED -> throw new IllegalStateException("nothing follows " + current.kind());
        };
        previous.push(current);
        current = next;
    }

    public boolean canGoBack() {
        return !previous.isEmpty() && current.kind() != Position.Kind.SAVED;
    }

    public void back() {
        if (canGoBack()) {
            current = previous.pop();
        }
    }

    void saved() {
        previous.clear();
        current = new Position(Position.Kind.SAVED, null);
    }

    public Optional<Script.Step> currentStep() {
        return current.kind() == Position.Kind.STEP ? script.step(current.stepId()) : Optional.empty();
    }

    /**
     * The step a parked call resumes at: the current one, the last step on the path when parked on read-back,
     * or the first step when parked at consent (a resumed call without consent goes back to consent anyway).
     */
    public String parkAt() {
        if (current.kind() == Position.Kind.STEP) {
            return current.stepId();
        }
        List<Script.Step> path = IntakeChecks.path(script, answers);
        if (current.kind() == Position.Kind.READ_BACK && !path.isEmpty()) {
            return path.get(path.size() - 1).id();
        }
        return firstStep().stepId() == null ? "" : firstStep().stepId();
    }

    public void answer(String questionId, String raw) {
        if (raw == null || raw.isEmpty()) {
            answers.remove(questionId);
        } else {
            answers.put(questionId, raw);
        }
    }

    public String answer(String questionId) {
        return answers.getOrDefault(questionId, "");
    }

    public Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    public void recordConsent(ConsentCapture capture) {
        this.consent = capture;
    }

    public ConsentCapture consent() {
        return consent;
    }

    public IntakeForm form() {
        return new IntakeForm(script, answers, consent, startedAt);
    }

    public Script script() {
        return script;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Position position() {
        return current;
    }
}
