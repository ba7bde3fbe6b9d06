package org.custodian.core.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Phone numbers Ofcom reserves for drama, training and test data, so a synthetic customer can never be a real
 * person's number. Each range is a thousand numbers: an E.164 prefix and three digits.
 *
 * <p>Ofcom also lists 0115 496 0xxx (Nottingham) and 01632 960xxx (no area), but libphonenumber calls them
 * invalid, so the store's phone check would refuse them; they are left out. The other ranges below pass
 * {@link org.custodian.core.validation.Phones#check} (the 07700 900xxx mobiles because it accepts them by name).
 *
 * <p>There are only 15,000 such numbers, so in a large synthetic store each is shared: at a million customers,
 * a full number finds about seventy of them, where a real number finds one or two.
 */
final class DramaPhones {

    static final List<String> PREFIXES = List.of(
            "+447700900",   // 07700 900000-900999 mobile
            "+441134960",   // 0113 496 0xxx Leeds
            "+441144960",   // 0114 496 0xxx Sheffield
            "+441164960",   // 0116 496 0xxx Leicester
            "+441174960",   // 0117 496 0xxx Bristol
            "+441184960",   // 0118 496 0xxx Reading
            "+441214960",   // 0121 496 0xxx Birmingham
            "+441314960",   // 0131 496 0xxx Edinburgh
            "+441414960",   // 0141 496 0xxx Glasgow
            "+441514960",   // 0151 496 0xxx Liverpool
            "+441614960",   // 0161 496 0xxx Manchester
            "+442079460",   // 020 7946 0xxx London
            "+441914980",   // 0191 498 0xxx Tyneside
            "+442920180",   // 029 2018 0xxx Cardiff
            "+442896496");  // 028 9649 6xxx Belfast
    static final String MOBILE = PREFIXES.get(0);

    private DramaPhones() {
    }

    /** Any of the 15,000 numbers, each as likely as the next (which keeps the number of sharers lowest). */
    static String any(SplittableRandom random) {
        return PREFIXES.get(random.nextInt(PREFIXES.size())) + threeDigits(random);
    }

    static String mobile(SplittableRandom random) {
        return MOBILE + threeDigits(random);
    }

    static String landline(SplittableRandom random) {
        return PREFIXES.get(1 + random.nextInt(PREFIXES.size() - 1)) + threeDigits(random);
    }

    private static String threeDigits(SplittableRandom random) {
        int n = random.nextInt(1000);
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
