package org.custodian.app.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.crypto.Passphrase;

/**
 * The live meter under a new-password field. It only shows core's estimate; whether a password is accepted is
 * decided by core's policy on submit.
 */
public final class PasswordStrength {

    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", 0);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private static final String ADVICE = PasswordPolicy.RECOMMENDED_LENGTH
            + " or more characters is recommended: a few unrelated words are easy to remember.";

    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", ADVICE);
    private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper(this, "level", "none");

    public void update(PasswordPolicy policy, String username, String password) {
        if (policy == null || password == null || password.isEmpty()) {
            fraction.set(0);
            label.set("");
            hint.set(ADVICE);
            level.set("none");
            return;
        }
        PasswordPolicy.StrengthEstimate estimate;
        try (Passphrase typed = Passphrase.copyOf(password)) {
            estimate = policy.estimate(username == null ? "" : username, typed);
        }
        fraction.set((estimate.score() + 1) / 5.0);
        label.set("Strength: " + estimate.label());
        int length = password.codePointCount(0, password.length());
        hint.set(length < PasswordPolicy.RECOMMENDED_LENGTH
                ? join(estimate.hint(), PasswordPolicy.RECOMMENDED_LENGTH + " or more characters is recommended.")
                : estimate.hint());
        level.set(estimate.score() <= 1 ? "weak" : estimate.score() == 2 ? "fair" : "strong");
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + " " + second;
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** "none", "weak", "fair" or "strong": the view turns it into a style class. */
    public ReadOnlyStringProperty levelProperty() {
        return level.getReadOnlyProperty();
    }
}
