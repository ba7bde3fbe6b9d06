package org.custodian.core.audit.pack;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.custodian.core.gdpr.Field;
import org.custodian.core.scripts.Script;
import org.custodian.core.scripts.ScriptNavigator;

/**
 * The fields a script makes mandatory on every path through it. A branch can skip a step, and the answers that
 * chose the path are not kept in a reviewable form, so only steps that every single-branch path visits count:
 * review never marks a field missing that the agent was rightly never asked for.
 */
public final class MandatoryFields {

    private MandatoryFields() {
    }

    public static Set<Field> of(Script script) {
        Set<String> common = path(script, Map.of());
        for (Script.Step step : script.steps()) {
            for (Script.Branch branch : step.branches()) {
                Map<String, String> answers = new HashMap<>();
                answers.put(branch.questionId(), branch.equalsValue());
                common.retainAll(path(script, answers));
            }
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (Script.Step step : script.steps()) {
            if (common.contains(step.id())) {
                step.questions().stream().filter(Script.Question::mandatory).forEach(q -> fields.add(q.field()));
            }
        }
        return fields;
    }

    private static Set<String> path(Script script, Map<String, String> answers) {
        Set<String> seen = new LinkedHashSet<>();
        var step = ScriptNavigator.first(script);
        while (step.isPresent() && seen.add(step.get().id())) {
            step = ScriptNavigator.next(script, step.get().id(), answers);
        }
        return seen;
    }
}
