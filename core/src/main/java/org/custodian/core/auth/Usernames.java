package org.custodian.core.auth;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.custodian.core.rules.Violation;

/** Login names: compared case-insensitively after NFKC, limited to a plain alphabet that every keyboard has. */
public final class Usernames {

    public static final String FIELD = "Username";
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private Usernames() {
    }

    public static String normalize(String raw) {
        return Normalizer.normalize(raw == null ? "" : raw.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static List<Violation> check(String raw) {
        String name = normalize(raw);
        List<Violation> violations = new ArrayList<>();
        if (name.isEmpty()) {
            violations.add(new Violation(FIELD, "username.missing", "Username: enter a username.", "house"));
        } else if (name.length() < 3 || name.length() > 32) {
            violations.add(new Violation(FIELD, "username.length",
                    "Username: use 3 to 32 characters.", "house"));
        } else if (!ALLOWED.matcher(name).matches()) {
            violations.add(new Violation(FIELD, "username.characters",
                    "Username: use only letters a-z, digits, '.', '_' or '-', starting with a letter or digit.",
                    "house"));
        }
        return violations;
    }

    public static final String DISPLAY_NAME_FIELD = "Full name";

    public static List<Violation> checkDisplayName(String raw) {
        String name = raw == null ? "" : raw.strip();
        List<Violation> violations = new ArrayList<>();
        if (name.isEmpty()) {
            violations.add(new Violation(DISPLAY_NAME_FIELD, "display-name.missing",
                    "Full name: enter the person's name as colleagues know it.", "house"));
        } else if (name.codePointCount(0, name.length()) > 100) {
            violations.add(new Violation(DISPLAY_NAME_FIELD, "display-name.length",
                    "Full name: use at most 100 characters.", "house"));
        } else if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            violations.add(new Violation(DISPLAY_NAME_FIELD, "display-name.characters",
                    "Full name: remove control or invisible formatting characters.", "house"));
        }
        return violations;
    }
}
