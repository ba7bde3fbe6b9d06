package org.custodian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.custodian.core.names.NameMatching;
import org.custodian.core.names.NameVariants;
import org.custodian.core.synthetic.SyntheticCustomer;
import org.custodian.core.validation.Phones;

/**
 * What agents type into the search box for a customer on the line: names as said (full, first and last, surname
 * only, with a typo, a short form such as Steve for Stephen, accents left off), phone numbers in the forms people
 * read them out, and postcodes with or without the space, in lower case, or only their start.
 */
final class SearchQueries {

    enum Kind { NAME, PHONE, POSTCODE }

    record Query(Kind kind, String style, String typed) {
    }

    private final Random random;
    private final NameVariants variants = NameVariants.shipped();

    SearchQueries(long seed) {
        this.random = new Random(seed);
    }

    /** One name query of the given style, or null when this customer's name cannot be typed that way. */
    Query name(SyntheticCustomer c, int style) {
        String[] words = c.fullName().split(" ");
        String first = words[0];
        String last = words[words.length - 1];
        return switch (style) {
            case 0 -> new Query(Kind.NAME, "full name", c.fullName());
            case 1 -> new Query(Kind.NAME, "first and last", first + " " + last);
            case 2 -> new Query(Kind.NAME, "surname only", last);
            case 3 -> last.length() < 5 ? null : new Query(Kind.NAME, "first and last, one typo", first + " " + typo(last));
            case 4 -> {
                Set<String> others = variants.of(NameMatching.fold(first));
                yield others.isEmpty() ? null
                        : new Query(Kind.NAME, "short form or variant", capitalised(pick(new ArrayList<>(others))) + " " + last);
            }
            default -> c.fullName().chars().allMatch(ch -> ch < 0x80) ? new Query(Kind.NAME, "lower case", c.fullName().toLowerCase(Locale.UK))
                    : new Query(Kind.NAME, "accents left off", unaccented(first) + " " + unaccented(last));
        };
    }

    /** Phone formats: the mobile ones for 07700 numbers, the bracketed area code for landlines. */
    Query phone(SyntheticCustomer c, int style) {
        if (c.phones().isEmpty()) {
            return null;
        }
        String e164 = c.phones().get(0);
        String national = Phones.display(e164);
        String digits = "0" + e164.substring(3);
        boolean mobile = e164.startsWith("+447");
        String[] groups = national.split(" ");
        return switch (style) {
            case 0 -> mobile ? new Query(Kind.PHONE, "07700 900123", national) : null;
            case 1 -> mobile ? new Query(Kind.PHONE, "+44 7700 900123", "+44 " + national.substring(1)) : null;
            case 2 -> new Query(Kind.PHONE, "07700900123", digits);
            case 3 -> mobile ? new Query(Kind.PHONE, "0044 7700 900 123",
                    "0044 " + groups[0].substring(1) + " " + groups[1].substring(0, 3) + " " + groups[1].substring(3)) : null;
            default -> mobile ? null : new Query(Kind.PHONE, "(0113) 496 0123",
                    "(" + groups[0] + ") " + national.substring(groups[0].length() + 1));
        };
    }

    Query postcode(SyntheticCustomer c, int style) {
        String postcode = c.postcode();
        String outward = postcode.substring(0, postcode.indexOf(' '));
        return switch (style) {
            case 0 -> new Query(Kind.POSTCODE, "with the space", postcode);
            case 1 -> new Query(Kind.POSTCODE, "without the space", postcode.replace(" ", ""));
            case 2 -> new Query(Kind.POSTCODE, "lower case", postcode.toLowerCase(Locale.UK));
            default -> new Query(Kind.POSTCODE, "outward code only", outward);
        };
    }

    static int styles(Kind kind) {
        return switch (kind) {
            case NAME -> 6;
            case PHONE -> 5;
            case POSTCODE -> 4;
        };
    }

    /** One letter changed, dropped or swapped with its neighbour, never the first (callers get that right). */
    private String typo(String word) {
        char[] c = word.toCharArray();
        int i = 1 + random.nextInt(c.length - 2);
        switch (random.nextInt(3)) {
            case 0 -> c[i] = c[i] == 'e' ? 'a' : 'e';
            case 1 -> {
                return word.substring(0, i) + word.substring(i + 1);
            }
            default -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            }
        }
        return new String(c);
    }

    private static String unaccented(String word) {
        return capitalised(NameMatching.fold(word).replace(" ", ""));
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String pick(List<String> options) {
        options.sort(null);
        return options.get(random.nextInt(options.size()));
    }
}
