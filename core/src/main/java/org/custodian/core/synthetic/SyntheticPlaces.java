package org.custodian.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real-format UK postcodes and plausible first address lines. Outward codes are real areas and districts
 * ({@code places.txt}); each district gets a few sectors and a few dozen made-up units, fixed by a hash of the
 * outward code, so the same postcodes recur across runs and a full postcode holds a handful of people at a million
 * customers (about 900 districts, 4 sectors and 35 units each: roughly 130,000 postcodes). A postcode keeps one
 * street, as a real postcode unit does.
 */
final class SyntheticPlaces {

    /** The letters an inward code's unit may use (no C, I, K, M, O or V). */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final int UNITS = UNIT_LETTERS.length() * UNIT_LETTERS.length();
    /** Steps through the 400 units coprime with 400, so the units of one sector never repeat. */
    private static final int[] STEPS = {7, 11, 13, 17, 19, 21, 23, 29, 31, 37};
    private static final Pattern RUN = Pattern.compile("([A-Z]{1,2})(\\d{1,2})-(\\d{1,2})");

    private final List<Outward> outwards;
    private final List<String> streets;

    private record Outward(String code, String town) {
    }

    /** A postcode ("LS6 2QT") and a first address line in that postcode's street ("14 Grove Road, Leeds"). */
    record Place(String postcode, String address) {
    }

    private SyntheticPlaces(List<Outward> outwards, List<String> streets) {
        this.outwards = List.copyOf(outwards);
        this.streets = List.copyOf(streets);
    }

    static SyntheticPlaces shipped() {
        List<Outward> outwards = new ArrayList<>();
        for (String line : RankedList.lines("places.txt")) {
            int colon = line.indexOf(':');
            String town = line.substring(0, colon).strip();
            for (String code : line.substring(colon + 1).strip().split("\\s+")) {
                Matcher run = RUN.matcher(code);
                if (run.matches()) {
                    for (int d = Integer.parseInt(run.group(2)); d <= Integer.parseInt(run.group(3)); d++) {
                        outwards.add(new Outward(run.group(1) + d, town));
                    }
                } else {
                    outwards.add(new Outward(code, town));
                }
            }
        }
        return new SyntheticPlaces(outwards, RankedList.lines("streets.txt"));
    }

    int outwardCodes() {
        return outwards.size();
    }

    Place draw(SplittableRandom random) {
        Outward outward = outwards.get(random.nextInt(outwards.size()));
        long h = mix(outward.code.hashCode());
        int sectors = 3 + (int) (h & 3);                       // 3 to 6 sectors
        int sector = (int) Math.floorMod(h >>> 8, 10L);
        sector = (sector + 3 * random.nextInt(sectors)) % 10; // distinct digits: 3 is coprime with 10
        long hs = mix(h + sector);
        int units = 20 + (int) Math.floorMod(hs, 31L);         // 20 to 50 units in the sector
        int step = STEPS[(int) Math.floorMod(hs >>> 16, (long) STEPS.length)];
        int unit = (int) Math.floorMod((hs >>> 24) + (long) step * random.nextInt(units), (long) UNITS);
        String postcode = outward.code + " " + sector + UNIT_LETTERS.charAt(unit / UNIT_LETTERS.length())
                + UNIT_LETTERS.charAt(unit % UNIT_LETTERS.length());
        long hp = mix(postcode.hashCode());
        String street = streets.get((int) Math.floorMod(hp, (long) streets.size()));
        int firstNumber = 1 + (int) Math.floorMod(hp >>> 20, 120L);
        int number = firstNumber + random.nextInt(30);
        String line = random.nextInt(100) < 9 ? "Flat " + (1 + random.nextInt(12)) + ", " + number + " " + street
                : number + " " + street;
        return new Place(postcode, line + ", " + outward.town);
    }

    /** SplitMix64's finaliser: a stable spread of a string hash (String.hashCode is fixed by the JDK spec). */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
