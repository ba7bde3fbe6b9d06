package org.custodian.core.retention;

import java.util.Optional;
import org.custodian.core.rules.Violation;

/** Whether a retention period a team lead typed may be set: a whole number within the category's range. */
public final class RetentionRules {

    private static final String REF = "UK GDPR Art 5(1)(e) storage limitation";

    private RetentionRules() {
    }

    public static Optional<Violation> check(RetentionRule rule) {
        DataCategory category = rule.category();
        String field = category.label();
        if (rule.amount() < 1) {
            return Optional.of(new Violation(field, "retention.positive", field + ": enter a period of at least 1.", REF));
        }
        long days = rule.approximateDays();
        if (days < category.minDays() || days > category.maxDays()) {
            return Optional.of(new Violation(field, "retention.range", field + ": choose a period between "
                    + days(category.minDays()) + " and " + days(category.maxDays()) + ".", REF));
        }
        return Optional.empty();
    }

    private static String days(int days) {
        if (days % 365 == 0) {
            return days / 365 + (days == 365 ? " year" : " years");
        }
        return days + (days == 1 ? " day" : " days");
    }
}
