package org.custodian.core.rules;

import java.util.Objects;

/**
 * One broken rule, named so the UI can show it beside the field and tests can assert on the code.
 *
 * @param field     the field the person must fix, as the form labels it (for example "Password")
 * @param code      a stable machine name for the rule (for example "password.too-short")
 * @param message   one plain sentence naming the field and the fix; never holds the value itself
 * @param policyRef where the rule comes from (a standard, an article, or the house policy)
 */
public record Violation(String field, String code, String message, String policyRef) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(policyRef, "policyRef");
    }
}
