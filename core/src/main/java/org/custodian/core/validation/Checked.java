package org.custodian.core.validation;

import java.util.List;
import java.util.Optional;
import org.custodian.core.rules.Violation;

/** A validator's verdict: the value in its canonical form, or what is wrong with it. */
public sealed interface Checked<T> {

    record Valid<T>(T value) implements Checked<T> {
    }

    record Invalid<T>(List<Violation> violations) implements Checked<T> {
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid value has at least one violation");
            }
        }
    }

    static <T> Checked<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Checked<T> invalid(String field, String code, String fix, String policyRef) {
        return new Invalid<>(List.of(new Violation(field, code, field + ": " + fix, policyRef)));
    }

    default Optional<T> valueIfValid() {
        return this instanceof Valid<T> valid ? Optional.of(valid.value()) : Optional.empty();
    }

    default List<Violation> problems() {
        return this instanceof Invalid<T> invalid ? invalid.violations() : List.of();
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
