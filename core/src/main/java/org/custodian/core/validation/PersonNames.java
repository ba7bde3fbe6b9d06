package org.custodian.core.validation;

import java.text.Normalizer;

/**
 * People's names as people have them: any script, diacritics, apostrophes, hyphens, spaces, full stops,
 * single names. Refused: digits, control and invisible formatting characters (other than the joiners some
 * scripts need), symbols and emoji, and more than 200 characters. The canonical form is NFC without
 * surrounding spaces, and internal runs of spaces are left as typed.
 */
public final class PersonNames {

    public static final int MAX_LENGTH = 200;
    private static final String REF = "UK GDPR Art 5(1)(d) accuracy";

    private PersonNames() {
    }

    public static Checked<String> check(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Checked.invalid(field, "name.missing", "enter the name as the caller gives it.", REF);
        }
        if (TextChecks.hasLoneSurrogate(raw)) {
            return Checked.invalid(field, "name.broken-text", "the text is damaged; type the name again.", REF);
        }
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (TextChecks.length(name) > MAX_LENGTH) {
            return Checked.invalid(field, "name.too-long", "use at most " + MAX_LENGTH + " characters.", REF);
        }
        int previous = ' ';
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int next = i + Character.charCount(c) < name.length() ? name.codePointAt(i + Character.charCount(c)) : ' ';
            String problem = problem(c, previous, next);
            if (problem != null) {
                return Checked.invalid(field, "name." + problem, fix(problem), REF);
            }
            previous = c;
            i += Character.charCount(c);
        }
        if (!Character.isLetter(name.codePointAt(0))) {
            return Checked.invalid(field, "name.starts-with-punctuation", "start with a letter.", REF);
        }
        return Checked.valid(name);
    }

    private static String problem(int c, int previous, int next) {
        if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK) {
            return null;
        }
        if (Character.isDigit(c)) {
            return "digits";
        }
        if (c == 0x200C || c == 0x200D) {
            // zero-width (non-)joiners shape Persian and Indic names; only between letters
            return Character.isLetter(previous) && Character.isLetter(next) ? null : "invisible-characters";
        }
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            return "control-characters";
        }
        if (Character.getType(c) == Character.FORMAT || TextChecks.isBidiControl(c)) {
            return "invisible-characters";
        }
        if (c == ' ' || c == '\u00A0') {
            return null;
        }
        if ("'’ʼ‘-‐‑.,".indexOf(c) >= 0 || c == 0x02BB) {
            return null;
        }
        return "symbols";
    }

    private static String fix(String problem) {
        return switch (problem) {
            case "digits" -> "remove the digits; a name holds letters only.";
            case "control-characters" -> "remove tabs, line breaks and other control characters.";
            case "invisible-characters" -> "remove invisible formatting characters.";
            default -> "use letters, spaces, apostrophes, hyphens and full stops only.";
        };
    }
}
