package org.custodian.core.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.custodian.core.validation.Checked;
import org.custodian.core.validation.Phones;
import org.custodian.core.validation.Postcodes;
import org.custodian.core.names.NameMatcher;

/**
 * What the agent typed into the one search box, recognised as a name, phone number, postcode, email or customer
 * reference and normalised the way the store keeps it. A pure function, so the screen can say what it is
 * searching for before any result arrives.
 */
public sealed interface SearchQuery {

    Kind kind();

    enum Kind {
        NAME("name"), PHONE("phone number"), POSTCODE("postcode"), EMAIL("email"), REFERENCE("customer reference"),
        NONE("nothing yet");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Folded name words, at least one of them two letters or more. */
    record Name(List<String> words) implements SearchQuery {
        public Kind kind() {
            return Kind.NAME;
        }
    }

    /** E.164, whole ({@code complete}) or the start of one while the agent is still typing. */
    record Phone(String e164, boolean complete) implements SearchQuery {
        public Kind kind() {
            return Kind.PHONE;
        }
    }

    /** Upper case without the space, whole or its start. */
    record Postcode(String key, boolean complete) implements SearchQuery {
        public Kind kind() {
            return Kind.POSTCODE;
        }
    }

    /** Lower case, whole or its start. */
    record Email(String key) implements SearchQuery {
        public Kind kind() {
            return Kind.EMAIL;
        }
    }

    /** "CU-" and up to eight characters. */
    record Reference(String prefix) implements SearchQuery {
        public Kind kind() {
            return Kind.REFERENCE;
        }
    }

    /** Not enough to search on yet, with what to type. */
    record Incomplete(String hint) implements SearchQuery {
        public Kind kind() {
            return Kind.NONE;
        }
    }

    Pattern PHONE_CHARACTERS = Pattern.compile("[0-9+()\\-. ]+");
    Pattern POSTCODE_START = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?(?:[0-9][A-Z]{0,2})?");
    Pattern REFERENCE = Pattern.compile("CU-?[2-9A-HJKMNP-Z]{0,8}");
    int PHONE_MIN_DIGITS = 4;

    static SearchQuery parse(String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            return new Incomplete("Type a name, phone number, postcode, email or customer reference.");
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        if (typed.contains("@")) {
            return typed.length() < 3 ? new Incomplete("Type more of the email address.")
                    : new Email(typed.toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        if (REFERENCE.matcher(upper).matches() && upper.startsWith("CU") && upper.length() > 2) {
            String key = upper.startsWith("CU-") ? upper : "CU-" + upper.substring(2);
            return new Reference(key);
        }
        if (PHONE_CHARACTERS.matcher(typed).matches()) {
            return phone(typed);
        }
        String compact = upper.replace(" ", "");
        if (POSTCODE_START.matcher(compact).matches()) {
            Checked<String> whole = Postcodes.check("Postcode", compact);
            return whole instanceof Checked.Valid<String> valid ? new Postcode(valid.value().replace(" ", ""), true)
                    : new Postcode(compact, false);
        }
        List<String> words = NameMatcher.words(typed);
        if (words.isEmpty() || words.stream().allMatch(w -> w.length() < 2)) {
            return new Incomplete("Type at least two letters of a name.");
        }
        return new Name(words);
    }

    private static SearchQuery phone(String typed) {
        Checked<String> whole = Phones.check("Phone", typed);
        if (whole instanceof Checked.Valid<String> valid) {
            return new Phone(valid.value(), true);
        }
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.length() < PHONE_MIN_DIGITS) {
            return new Incomplete("Type at least " + PHONE_MIN_DIGITS + " digits of the phone number.");
        }
        String prefix;
        if (typed.startsWith("+")) {
            prefix = "+" + digits;
        } else if (digits.startsWith("00")) {
            prefix = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            prefix = "+44" + digits.substring(1);
        } else if (digits.startsWith("44")) {
            prefix = "+" + digits;
        } else {
            prefix = "+44" + digits;
        }
        return new Phone(prefix, false);
    }
}
