package org.custodian.core.validation;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sound syntax check for email addresses: one @, no spaces or control characters, a local part of up to 64
 * characters without stray dots, and a domain with a dot whose labels are valid, international (IDN) domains
 * included. Deliverability is not checked. The domain is stored lower-cased; the local part as typed.
 *
 * <p>Hand-written on purpose: the JDK's {@link IDN} does the hard part (international domains), and the
 * libraries that validate email pull in large dependency trees for a dozen lines of rules.
 */
public final class Emails {

    private static final Pattern LOCAL_ASCII = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final String REF = "UK GDPR Art 5(1)(d) accuracy";

    private Emails() {
    }

    public static Checked<String> check(String field, String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            return Checked.invalid(field, "email.missing", "enter the email address.", REF);
        }
        if (TextChecks.hasLoneSurrogate(typed) || typed.codePoints().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Checked.invalid(field, "email.spaces", "remove spaces and invisible characters.", REF);
        }
        int at = typed.indexOf('@');
        if (at < 0 || at != typed.lastIndexOf('@')) {
            return Checked.invalid(field, "email.at-sign", "an address has exactly one @, as in name@example.com.", REF);
        }
        String local = typed.substring(0, at);
        String domain = typed.substring(at + 1);
        if (local.isEmpty() || TextChecks.length(local) > 64 || local.startsWith(".") || local.endsWith(".")
                || local.contains("..") || !localCharactersAllowed(local)) {
            return Checked.invalid(field, "email.local-part",
                    "check the part before the @: letters, digits and . _ + - are usual, with no dot at either end.", REF);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, 0).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Checked.invalid(field, "email.domain", "check the part after the @, for example example.com.", REF);
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            return Checked.invalid(field, "email.domain", "the part after the @ needs a dot, as in example.com.", REF);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Checked.invalid(field, "email.domain", "check the part after the @, for example example.com.", REF);
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return Checked.invalid(field, "email.domain", "the address must end in a domain name, not a number.", REF);
        }
        if (TextChecks.length(typed) > 254) {
            return Checked.invalid(field, "email.too-long", "use at most 254 characters.", REF);
        }
        return Checked.valid(local + "@" + domain.toLowerCase(Locale.ROOT));
    }

    private static boolean localCharactersAllowed(String local) {
        // RFC 6531 allows UTF-8 letters in the local part; ASCII is limited to RFC 5322 atext and dots.
        return local.codePoints().allMatch(c -> c > 0x7F ? Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK : LOCAL_ASCII.matcher(Character.toString(c)).matches());
    }
}
