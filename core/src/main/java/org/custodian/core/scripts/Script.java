package org.custodian.core.scripts;

import java.util.List;
import java.util.Optional;
import org.custodian.core.gdpr.Field;

/**
 * The organisation's script for one kind of enquiry: what the agent says, what is asked, and which field each
 * answer fills. Versioned: every record keeps the id and version it was captured with.
 *
 * @param readBack what the agent says before reading the details back to the caller
 */
public record Script(String id, int version, EnquiryType enquiryType, String title, String purposeCode,
                     String readBack, List<Step> steps) {

    public static final String END = "end";

    public Script {
        steps = List.copyOf(steps);
    }

    /** One screen of the wizard. */
    public record Step(String id, String title, String say, List<Question> questions, List<Branch> branches) {
        public Step {
            questions = List.copyOf(questions);
            branches = List.copyOf(branches);
        }
    }

    /** One question; its answer fills one field. */
    public record Question(String id, String ask, Field field, boolean mandatory) {
    }

    /** After the step: when the answer to {@code questionId} equals {@code equalsValue}, go to {@code goTo}. */
    public record Branch(String questionId, String equalsValue, String goTo) {
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    public List<Question> questions() {
        return steps.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public String key() {
        return id + " v" + version;
    }
}
