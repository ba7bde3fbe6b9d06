package org.custodian.core.auth;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.rules.Violation;

/**
 * Password rules after NIST SP 800-63B: length, not a common password, not the username; no composition rules,
 * nothing truncated, any Unicode (compared in NFKC). The common-password list and the strength estimate come
 * from zxcvbn4j, whose "passwords" dictionary holds the 30,000 most common leaked passwords.
 */
public final class PasswordPolicy {

    public static final String FIELD = "Password";
    public static final int MIN_LENGTH = 8;
    public static final int RECOMMENDED_LENGTH = 15;
    public static final int MAX_LENGTH = 256;
    private static final String REF = "NIST SP 800-63B 3.1.1.2";

    private final Map<String, Integer> commonPasswords;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    public PasswordPolicy() {
        try {
            this.commonPasswords = StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's password list is missing from the classpath", e);
        }
    }

    /** How many passwords the common list holds (the issue asks for at least 3,000). */
    public int commonListSize() {
        return commonPasswords.size();
    }

    public List<Violation> check(String username, Passphrase password) {
        List<Violation> violations = new ArrayList<>();
        char[] normalized = password.normalizedChars();
        try {
            String text = new String(normalized);
            int length = text.codePointCount(0, text.length());
            if (length < MIN_LENGTH) {
                violations.add(new Violation(FIELD, "password.too-short", "Password: use at least " + MIN_LENGTH
                        + " characters; " + RECOMMENDED_LENGTH + " or more is better, and a few unrelated words are easy to remember.", REF));
            } else if (length > MAX_LENGTH) {
                violations.add(new Violation(FIELD, "password.too-long",
                        "Password: use at most " + MAX_LENGTH + " characters.", REF));
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (commonPasswords.containsKey(lower)) {
                violations.add(new Violation(FIELD, "password.common",
                        "Password: this is one of the most common passwords; choose something less predictable.", REF));
            }
            String name = Usernames.normalize(username);
            if (name.length() >= 3 && lower.contains(name)) {
                violations.add(new Violation(FIELD, "password.contains-username",
                        "Password: it must not contain the username.", REF));
            }
            return violations;
        } finally {
            Arrays.fill(normalized, '\0');
        }
    }

    /** A 0-4 score and a hint, for the meter shown while typing. Advice only; {@link #check} decides. */
    public StrengthEstimate estimate(String username, Passphrase password) {
        char[] normalized = password.normalizedChars();
        try {
            if (normalized.length == 0) {
                return new StrengthEstimate(0, "");
            }
            Strength strength = zxcvbn.measure(java.nio.CharBuffer.wrap(normalized), List.of(Usernames.normalize(username)));
            String warning = strength.getFeedback().getWarning();
            List<String> suggestions = strength.getFeedback().getSuggestions();
            String hint = warning != null && !warning.isBlank() ? warning
                    : suggestions.isEmpty() ? "" : suggestions.get(0);
            int score = strength.getScore();
            strength.wipe();
            return new StrengthEstimate(score, hint);
        } finally {
            Arrays.fill(normalized, '\0');
        }
    }

    public record StrengthEstimate(int score, String hint) {
        public String label() {
            return switch (score) {
                case 0 -> "Very weak";
                case 1 -> "Weak";
                case 2 -> "Fair";
                case 3 -> "Strong";
                default -> "Very strong";
            };
        }
    }
}
