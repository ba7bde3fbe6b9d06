package org.custodian.core.validation;

/** Character classes shared by the validators. */
final class TextChecks {

    private TextChecks() {
    }

    /** Bidirectional overrides and isolates can make text display differently from what is stored. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** A lone surrogate: a broken UTF-16 string that cannot be stored or shown faithfully. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
