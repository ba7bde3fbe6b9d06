package org.custodian.core.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Loose name comparison for spotting likely duplicates: case, accents and punctuation are ignored, and two names
 * whose folded forms are within a small edit distance count as similar.
 */
public final class NameMatching {

    private NameMatching() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else if (Character.isWhitespace(c) || c == '-') {
                space = true;
            }
        }
        return out.toString().replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("æ", "ae").replace("ß", "ss");
    }

    public static boolean similar(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) {
            return true;
        }
        int allowed = Math.min(x.length(), y.length()) >= 8 ? 2 : Math.min(x.length(), y.length()) >= 4 ? 1 : 0;
        return Math.abs(x.length() - y.length()) <= allowed && distance(x, y, allowed) <= allowed;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past {@code max}. */
    public static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** "Sam Sample" becomes "S. Sample": enough to tell candidates apart without reading a full name out. */
    public static String masked(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length == 1) {
            return parts[0];
        }
        return parts[0].substring(0, parts[0].offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ". " + parts[parts.length - 1];
    }
}
