package org.custodian.core.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text (notes, the nature of an enquiry, actions taken): a length limit, no control or bidi-override
 * characters, and no card data. A run of 13 to 19 digits (spaces or hyphens between groups allowed) that passes
 * the Luhn check is refused as a card number, and so is a security code (CVV, CVC, CSC, "security code"): card
 * data is never stored (PCI DSS 3.2 and 3.3).
 */
public final class FreeText {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");
    private static final Pattern SECURITY_CODE = Pattern.compile(
            "(?i)\\b(?:cvv2?|cvc2?|csc|cid|security\\s+code|card\\s+verification(?:\\s+(?:code|value))?)\\b[^0-9\\n]{0,20}?[0-9]{3,4}\\b");
    private static final String CARD_REF = "PCI DSS 3.2, 3.3";
    private static final String REF = "UK GDPR Art 5(1)(c) minimisation";

    private FreeText() {
    }

    public static Checked<String> check(String field, String raw, int maxLength) {
        String text = raw == null ? "" : raw.strip();
        if (TextChecks.hasLoneSurrogate(text)) {
            return Checked.invalid(field, "text.broken-text", "the text is damaged; type it again.", REF);
        }
        if (TextChecks.length(text) > maxLength) {
            return Checked.invalid(field, "text.too-long", "use at most " + maxLength + " characters.", REF);
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\t') || TextChecks.isBidiControl(c)) {
                return Checked.invalid(field, "text.control-characters",
                        "remove control or text-direction characters.", REF);
            }
            i += Character.charCount(c);
        }
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            if (passesLuhn(run.group())) {
                return Checked.invalid(field, "text.card-number",
                        "remove the card number; card numbers are never stored in notes.", CARD_REF);
            }
        }
        if (SECURITY_CODE.matcher(text).find()) {
            return Checked.invalid(field, "text.security-code",
                    "remove the card security code; it must never be stored.", CARD_REF);
        }
        return Checked.valid(text);
    }

    static boolean passesLuhn(String digitsWithSeparators) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digitsWithSeparators.length() - 1; i >= 0; i--) {
            char c = digitsWithSeparators.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
