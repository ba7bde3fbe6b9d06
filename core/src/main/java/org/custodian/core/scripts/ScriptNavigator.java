package org.custodian.core.scripts;

import java.util.Map;
import java.util.Optional;

/** Decides the next step from the script and the answers so far. The one place wizard navigation lives. */
public final class ScriptNavigator {

    private ScriptNavigator() {
    }

    public static Optional<Script.Step> first(Script script) {
        return script.steps().isEmpty() ? Optional.empty() : Optional.of(script.steps().get(0));
    }

    /**
     * The step after {@code current}: the first branch whose answer matches (case-insensitive), otherwise the
     * next step in order. Empty means the script is done and read-back comes next.
     */
    public static Optional<Script.Step> next(Script script, String current, Map<String, String> answersByQuestion) {
        Script.Step step = script.step(current).orElseThrow(() -> new IllegalArgumentException("no step " + current));
        for (Script.Branch branch : step.branches()) {
            String answer = answersByQuestion.get(branch.questionId());
            if (answer != null && answer.strip().equalsIgnoreCase(branch.equalsValue())) {
                return Script.END.equals(branch.goTo()) ? Optional.empty() : script.step(branch.goTo());
            }
        }
        int index = script.indexOf(current);
        return index + 1 < script.steps().size() ? Optional.of(script.steps().get(index + 1)) : Optional.empty();
    }
}
