package org.custodian.core.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.custodian.core.names.NameMatching;

/**
 * Realistic fictional UK customers, the same sequence for the same seed and day. Names follow a skewed frequency
 * (Smith and Sarah are common, Ó Súilleabháin and Héloïse rare) and mix the backgrounds found in the UK, with
 * accents, apostrophes, hyphenated surnames and middle names; ages run from 18 to 95; phone numbers come only
 * from Ofcom's drama ranges and emails only from example.com, .org and .net. Some customers gave no email or date
 * of birth. Not thread-safe: one generator per thread.
 */
public final class SyntheticCustomers {

    public static final int MIN_AGE = 18;
    public static final int MAX_AGE = 95;
    private static final Lists LISTS = new Lists();
    private static final String[] EMAIL_DOMAINS = {"example.com", "example.com", "example.com", "example.org", "example.net"};

    private final SplittableRandom random;
    private final LocalDate today;

    /** Immutable shipped lists, loaded once per class loader. */
    private static final class Lists {
        final RankedList female = RankedList.load("given-female.txt", 8);
        final RankedList male = RankedList.load("given-male.txt", 8);
        final RankedList family = RankedList.load("family.txt", 25);
        final SyntheticPlaces places = SyntheticPlaces.shipped();
    }

    public SyntheticCustomers(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    public SyntheticCustomer next() {
        RankedList given = random.nextBoolean() ? LISTS.female : LISTS.male;
        String first = given.draw(random);
        String family = familyName();
        StringBuilder name = new StringBuilder(first);
        if (random.nextInt(100) < 30) {
            String middle = given.draw(random);
            if (!middle.equals(first)) {
                name.append(' ').append(middle);
            }
        }
        name.append(' ').append(family);
        SyntheticPlaces.Place place = LISTS.places.draw(random);
        LocalDate dob = random.nextInt(100) < 9 ? null : dateOfBirth();
        String email = random.nextInt(100) < 22 ? null : email(first, family, dob);
        return new SyntheticCustomer(name.toString(), dob, phones(), email, place.postcode(), place.address());
    }

    /** A batch of the next {@code count} customers. */
    public List<SyntheticCustomer> next(int count) {
        List<SyntheticCustomer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    private String familyName() {
        String family = LISTS.family.draw(random);
        if (random.nextInt(100) < 2) {
            String second = LISTS.family.draw(random);
            if (!second.equals(family) && !second.contains(" ") && !family.contains(" ")) {
                return family + "-" + second;
            }
        }
        return family;
    }

    /** Adults of all ages, thinning out past 65 as the population does. */
    private LocalDate dateOfBirth() {
        int age;
        do {
            age = MIN_AGE + random.nextInt(MAX_AGE - MIN_AGE + 1);
        } while (random.nextDouble() > survival(age));
        LocalDate latest = today.minusYears(age);
        LocalDate earliest = today.minusYears(age + 1L).plusDays(1);
        return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest) + 1));
    }

    private static double survival(int age) {
        return age < 65 ? 1.0 : age < 80 ? 0.8 : age < 90 ? 0.45 : 0.15;
    }

    private List<String> phones() {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return List.of();
        }
        if (roll < 15) {
            return List.of(DramaPhones.mobile(random), DramaPhones.landline(random));
        }
        return List.of(DramaPhones.any(random));
    }

    private String email(String first, String family, LocalDate dob) {
        String f = ascii(first);
        String s = ascii(family);
        if (f.isEmpty() || s.isEmpty()) {
            f = "customer";
            s = Integer.toString(random.nextInt(1_000_000));
        }
        String local = switch (random.nextInt(5)) {
            case 0 -> f + "." + s;
            case 1 -> f.charAt(0) + "." + s + random.nextInt(100);
            case 2 -> f + s + (dob == null ? random.nextInt(1000) : dob.getYear());
            case 3 -> s + "." + f + random.nextInt(10);
            default -> f + "_" + s + random.nextInt(10_000);
        };
        return local + "@" + EMAIL_DOMAINS[random.nextInt(EMAIL_DOMAINS.length)];
    }

    /** The name's letters a to z only ("Siobhán" gives "siobhan", "O'Brien" gives "obrien"). */
    private static String ascii(String name) {
        return NameMatching.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
