package org.custodian.core.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custodian.core.gdpr.Field;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.Script;
import org.custodian.core.scripts.ScriptNavigator;
import org.custodian.core.validation.Checked;

/** Pure checks over a whole intake: the steps the answers lead through, each answer, mandatory questions. */
public final class IntakeChecks {

    private IntakeChecks() {
    }

    /** The steps visited when following the script with these answers. */
    public static List<Script.Step> path(Script script, Map<String, String> answers) {
        List<Script.Step> path = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<Script.Step> step = ScriptNavigator.first(script);
        while (step.isPresent() && seen.add(step.get().id())) {
            path.add(step.get());
            step = ScriptNavigator.next(script, step.get().id(), answers);
        }
        return path;
    }

    /** Violations on one step: mandatory questions unanswered, answers that do not pass their field's rule. */
    public static List<Violation> checkStep(Script.Step step, Map<String, String> answers, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        for (Script.Question q : step.questions()) {
            String raw = answers.get(q.id());
            if (raw == null || raw.isBlank()) {
                if (q.mandatory()) {
                    problems.add(new Violation(q.field().label(), "answer.missing",
                            q.field().label() + ": this is needed before you go on; ask the caller.", "script"));
                }
                continue;
            }
            problems.addAll(AnswerRules.check(q.field(), raw, today).problems());
        }
        return problems;
    }

    /** The canonical value of every answered field on the path; throws nothing, the caller checks first. */
    public static Map<Field, String> values(Script script, Map<String, String> answers, LocalDate today) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Script.Step step : path(script, answers)) {
            for (Script.Question q : step.questions()) {
                String raw = answers.get(q.id());
                if (raw != null && !raw.isBlank()) {
                    Checked<String> checked = AnswerRules.check(q.field(), raw, today);
                    checked.valueIfValid().ifPresent(v -> values.put(q.field(), v));
                }
            }
        }
        return values;
    }
}
