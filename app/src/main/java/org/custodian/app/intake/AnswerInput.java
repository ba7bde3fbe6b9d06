package org.custodian.app.intake;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.core.gdpr.Field;
import org.custodian.core.intake.AnswerRules;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.Script;

/**
 * One question on a step: what the agent asks, the answer as typed, and core's verdict on it as typed. An empty
 * answer shows no message here; a missing mandatory answer is listed with the step's problems instead.
 */
public final class AnswerInput {

    private final Script.Question question;
    private final Supplier<LocalDate> today;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    AnswerInput(Script.Question question, String initial, Supplier<LocalDate> today) {
        this.question = question;
        this.today = today;
        value.set(initial);
        check(initial);
        value.addListener((obs, old, now) -> check(now));
    }

    private void check(String typed) {
        if (typed == null || typed.isBlank()) {
            message.set("");
            return;
        }
        message.set(AnswerRules.check(question.field(), typed, today.get()).problems().stream()
                .map(Violation::message).collect(Collectors.joining(" ")));
    }

    public String questionId() {
        return question.id();
    }

    /** The agent's question, as the script words it. */
    public String ask() {
        return question.ask();
    }

    /** The field label, with " (required)" when the script makes the question mandatory. */
    public String fieldLabel() {
        return question.field().label() + (question.mandatory() ? " (required)" : " (optional)");
    }

    public boolean mandatory() {
        return question.mandatory();
    }

    public Field.Kind kind() {
        return question.field().kind();
    }

    /** What to show in an empty box, so the expected form is clear before typing. */
    public String prompt() {
        return switch (kind()) {
            case DATE_OF_BIRTH -> "day/month/year, for example 14/03/1985";
            case FUTURE_DATE -> "day/month/year";
            case PHONE -> "for example 07700 900123";
            case EMAIL -> "for example name@example.com";
            case POSTCODE -> "for example SW1A 1AA";
            default -> "";
        };
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
