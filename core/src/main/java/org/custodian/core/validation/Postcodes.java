package org.custodian.core.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * UK postcodes in every valid format (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA, and GIR 0AA),
 * typed with or without the space, in any case; stored upper case with one space before the inward code.
 */
public final class Postcodes {

    private static final Pattern UK = Pattern.compile(
            "GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}");
    private static final String REF = "UK GDPR Art 5(1)(d) accuracy";

    private Postcodes() {
    }

    public static Checked<String> check(String field, String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            return Checked.invalid(field, "postcode.missing", "enter the postcode.", REF);
        }
        String compact = typed.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7 || !UK.matcher(compact).matches()) {
            return Checked.invalid(field, "postcode.invalid",
                    "this is not a UK postcode; check it with the caller (for example SW1A 1AA).", REF);
        }
        return Checked.valid(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    /** The outward code ("SW1A" of "SW1A 1AA"), enough to tell people apart in search results. */
    public static String outward(String postcode) {
        int space = postcode.indexOf(' ');
        return space < 0 ? postcode : postcode.substring(0, space);
    }
}
