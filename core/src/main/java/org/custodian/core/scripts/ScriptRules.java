package org.custodian.core.scripts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;

/**
 * Checks a script before it can be used: its structure, and that it asks only for what its purpose needs
 * (UK GDPR Art 5(1)(c)), special category data only with an Art 9 condition, and marketing choices only under
 * consent. Pure: script and purposes in, violations out.
 */
public final class ScriptRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final String FIELD = "Script";

    private ScriptRules() {
    }

    public static List<Violation> check(Script script, Map<String, Purpose> purposes) {
        List<Violation> problems = new ArrayList<>();
        if (script.id() == null || !ID.matcher(script.id()).matches()) {
            problems.add(v("script.id", "the id must be 2 to 64 lower-case letters, digits or hyphens.", "house"));
        }
        if (script.version() < 1) {
            problems.add(v("script.version", "the version must be 1 or more.", "house"));
        }
        if (blank(script.title())) {
            problems.add(v("script.title", "give the script a title.", "house"));
        }
        if (script.steps().isEmpty()) {
            problems.add(v("script.no-steps", "a script needs at least one step.", "house"));
        }
        Purpose purpose = purposes.get(script.purposeCode());
        if (purpose == null) {
            problems.add(v("script.purpose-unknown", "the purpose '" + script.purposeCode()
                    + "' is not in the purpose list; choose one that is.", "UK GDPR Art 5(1)(b)"));
        }
        Set<String> stepIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        for (Script.Step step : script.steps()) {
            if (step.id() == null || !ID.matcher(step.id()).matches() || Script.END.equals(step.id())) {
                problems.add(v("script.step-id", "step ids must be 2 to 64 lower-case letters, digits or hyphens (not 'end').", "house"));
            } else if (!stepIds.add(step.id())) {
                problems.add(v("script.step-duplicate", "step '" + step.id() + "' appears twice; give each step its own id.", "house"));
            }
            for (Script.Question q : step.questions()) {
                if (q.id() == null || !ID.matcher(q.id()).matches() || !questionIds.add(q.id())) {
                    problems.add(v("script.question-id", "question ids in step '" + step.id()
                            + "' must be unique lower-case ids.", "house"));
                }
                if (blank(q.ask())) {
                    problems.add(v("script.question-text", "question '" + q.id() + "' has no words for the agent to ask.", "house"));
                }
                if (purpose != null) {
                    checkField(q, purpose, problems);
                }
            }
        }
        checkBranches(script, problems);
        for (Field needed : List.of(Field.NATURE_OF_ENQUIRY, Field.ACTIONS_TAKEN)) {
            if (script.questions().stream().noneMatch(q -> q.field() == needed && q.mandatory())) {
                problems.add(v("script.interaction-log", "the script must ask for " + needed.label()
                        + " as a mandatory question, so every call's log is complete.", "house"));
            }
        }
        if (purpose != null && purpose.needsConsent() && (purpose.consentWording() == null || blank(purpose.consentWording().text()))) {
            problems.add(v("script.consent-wording", "purpose '" + purpose.code()
                    + "' relies on consent, so it needs consent wording to read out.", "UK GDPR Art 7"));
        }
        return problems;
    }

    private static void checkField(Script.Question q, Purpose purpose, List<Violation> problems) {
        Field field = q.field();
        if (field.isPersonalData() && !purpose.fields().contains(field)) {
            problems.add(v("script.field-not-needed", "question '" + q.id() + "' asks for " + field.label()
                    + ", which purpose '" + purpose.name() + "' does not need; remove it or add the field to the purpose.",
                    "UK GDPR Art 5(1)(c)"));
        }
        if (field.category() == Field.Category.SPECIAL_CATEGORY && purpose.art9Condition() == null) {
            problems.add(v("script.special-category", "question '" + q.id() + "' asks for " + field.label()
                    + ", special category data, but purpose '" + purpose.name() + "' records no Art 9 condition.",
                    "UK GDPR Art 9"));
        }
        if (field.category() == Field.Category.MARKETING && purpose.basis() != LawfulBasis.CONSENT) {
            problems.add(v("script.marketing-basis", "question '" + q.id()
                    + "' records a marketing choice, which needs a purpose based on consent.", "PECR reg 21-22"));
        }
    }

    private static void checkBranches(Script script, List<Violation> problems) {
        for (int i = 0; i < script.steps().size(); i++) {
            Script.Step step = script.steps().get(i);
            Set<String> here = new HashSet<>();
            step.questions().forEach(q -> here.add(q.id()));
            for (Script.Branch branch : step.branches()) {
                if (!here.contains(branch.questionId())) {
                    problems.add(v("script.branch-question", "a branch in step '" + step.id()
                            + "' depends on question '" + branch.questionId() + "', which that step does not ask.", "house"));
                }
                int target = script.indexOf(branch.goTo());
                if (!Script.END.equals(branch.goTo()) && target <= i) {
                    problems.add(v("script.branch-target", "a branch in step '" + step.id() + "' goes to '" + branch.goTo()
                            + "'; branches may only go forward to a later step or to 'end'.", "house"));
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Violation v(String code, String fix, String ref) {
        return new Violation(FIELD, code, FIELD + ": " + fix, ref);
    }
}
