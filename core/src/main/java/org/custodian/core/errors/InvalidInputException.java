package org.custodian.core.errors;

import java.util.List;
import java.util.stream.Collectors;
import org.custodian.core.rules.Violation;

/** Input broke one or more rules; each violation names its field and the fix. Nothing was saved. */
public final class InvalidInputException extends CustodianException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
