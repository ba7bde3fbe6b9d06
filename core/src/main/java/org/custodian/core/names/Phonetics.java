package org.custodian.core.names;

import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a name word sounds, as its Double Metaphone codes (primary and alternate): "smith" and "smyth" share SM0,
 * "thompson" and "tomson" share TMSN. Commons Codec's implementation is used rather than a hand-written one: the
 * algorithm is a few hundred rules about English and European spellings, and theirs is long tested.
 */
public final class Phonetics {

    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

    private Phonetics() {
    }

    public static String primary(String foldedWord) {
        String code = ENCODER.doubleMetaphone(foldedWord, false);
        return code == null ? "" : code;
    }

    public static String alternate(String foldedWord) {
        String code = ENCODER.doubleMetaphone(foldedWord, true);
        return code == null ? "" : code;
    }

    public static Set<String> codes(String foldedWord) {
        String primary = primary(foldedWord);
        String alternate = alternate(foldedWord);
        return primary.isEmpty() ? Set.of() : alternate.equals(primary) || alternate.isEmpty() ? Set.of(primary)
                : Set.of(primary, alternate);
    }

    public static boolean soundAlike(String a, String b) {
        Set<String> codes = codes(a);
        return !codes.isEmpty() && codes(b).stream().anyMatch(codes::contains);
    }
}
