package org.custodian.core.synthetic;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.core.gdpr.Field;
import org.custodian.core.intake.AnswerRules;
import org.custodian.core.validation.Checked;
import org.custodian.core.validation.Phones;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCustomersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /**
     * Ofcom's drama ranges as Ofcom writes them, kept apart from the generator's own table so a wrong prefix
     * there is caught here. (0115 496 0xxx and 01632 960xxx are Ofcom's too, but libphonenumber refuses them.)
     */
    private static final List<String> OFCOM_DRAMA_FIRST_NUMBERS = List.of("07700 900000", "0113 496 0000",
            "0114 496 0000", "0116 496 0000", "0117 496 0000", "0118 496 0000", "0121 496 0000", "0131 496 0000",
            "0141 496 0000", "0151 496 0000", "0161 496 0000", "020 7946 0000", "0191 498 0000", "029 2018 0000",
            "028 9649 6000");
    private static final int SAMPLE = 20_000;
    private static List<SyntheticCustomer> sample;

    @BeforeAll
    static void generate() {
        sample = new SyntheticCustomers(7, TODAY).next(SAMPLE);
    }

    @Test
    void theSameSeedAndDayGiveTheSameCustomersAndAnotherSeedOthers() {
        assertEquals(sample.subList(0, 2_000), new SyntheticCustomers(7, TODAY).next(2_000));
        List<SyntheticCustomer> other = new SyntheticCustomers(8, TODAY).next(2_000);
        assertNotEquals(sample.subList(0, 2_000), other);
        long same = 0;
        for (int i = 0; i < other.size(); i++) {
            same += other.get(i).fullName().equals(sample.get(i).fullName()) ? 1 : 0;
        }
        assertTrue(same < 100, "another seed is another sequence, not a shifted copy: " + same + " names in the same place");
    }

    @Test
    void everyValueIsValidAndAlreadyInTheFormTheStoreKeeps() {
        for (SyntheticCustomer c : sample) {
            assertCanonical(Field.FULL_NAME, c.fullName());
            assertCanonical(Field.POSTCODE, c.postcode());
            assertCanonical(Field.ADDRESS, c.address());
            if (c.email() != null) {
                assertCanonical(Field.EMAIL, c.email());
            }
            if (c.dateOfBirth() != null) {
                assertCanonical(Field.DATE_OF_BIRTH, c.dateOfBirth().toString());
            }
            for (String phone : c.phones()) {
                assertEquals(phone, Phones.check("Phone", phone).valueIfValid().orElseThrow(), phone);
            }
        }
    }

    @Test
    void phonesComeOnlyFromOfcomDramaRanges() {
        Set<String> firstNumbers = new HashSet<>();
        for (String national : OFCOM_DRAMA_FIRST_NUMBERS) {
            firstNumbers.add(Phones.check("Phone", national).valueIfValid().orElseThrow());
        }
        Set<String> rangesSeen = new HashSet<>();
        for (SyntheticCustomer c : sample) {
            for (String phone : c.phones()) {
                String first = phone.substring(0, phone.length() - 3) + "000";
                assertTrue(firstNumbers.contains(first), phone + " is outside every drama range");
                rangesSeen.add(first);
            }
        }
        assertEquals(firstNumbers, rangesSeen, "every range is used");
        for (String prefix : DramaPhones.PREFIXES) {
            for (String end : List.of("000", "500", "999")) {
                assertTrue(Phones.check("Phone", prefix + end).isValid(), prefix + end);
            }
        }
    }

    @Test
    void emailsUseOnlyTheExampleDomains() {
        for (SyntheticCustomer c : sample) {
            if (c.email() != null) {
                String domain = c.email().substring(c.email().indexOf('@') + 1);
                assertTrue(Set.of("example.com", "example.org", "example.net").contains(domain), c.email());
            }
        }
    }

    @Test
    void agesRunFromEighteenToNinetyFiveAndSomeDetailsAreMissing() {
        int noDob = 0;
        int noEmail = 0;
        int noPhone = 0;
        int youngest = Integer.MAX_VALUE;
        int oldest = 0;
        for (SyntheticCustomer c : sample) {
            if (c.dateOfBirth() == null) {
                noDob++;
            } else {
                int age = Period.between(c.dateOfBirth(), TODAY).getYears();
                youngest = Math.min(youngest, age);
                oldest = Math.max(oldest, age);
            }
            noEmail += c.email() == null ? 1 : 0;
            noPhone += c.phones().isEmpty() ? 1 : 0;
        }
        assertEquals(18, youngest);
        assertEquals(95, oldest);
        assertBetween(noDob, 0.05, 0.15, "without a date of birth");
        assertBetween(noEmail, 0.15, 0.30, "without an email");
        assertBetween(noPhone, 0.02, 0.08, "without a phone");
    }

    @Test
    void namesAreSkewedAndVaried() {
        Map<String, Integer> families = new HashMap<>();
        int middle = 0;
        int hyphen = 0;
        int apostrophe = 0;
        int accented = 0;
        for (SyntheticCustomer c : sample) {
            String[] words = c.fullName().split(" ");
            families.merge(words[words.length - 1], 1, Integer::sum);
            middle += words.length > 2 && !c.fullName().contains("Mac an") && !c.fullName().contains("da Silva")
                    && !c.fullName().contains("Ó ") ? 1 : 0;
            hyphen += c.fullName().contains("-") ? 1 : 0;
            apostrophe += c.fullName().contains("'") ? 1 : 0;
            accented += c.fullName().chars().anyMatch(ch -> ch > 0x7F) ? 1 : 0;
        }
        RankedList family = RankedList.load("family.txt", 25);
        int last = family.items().size();
        List<String> commonest = families.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5).map(Map.Entry::getKey).toList();
        assertTrue(commonest.contains("Smith"), "the five commonest: " + commonest);
        double rareAverage = family.items().subList(last - 100, last).stream()
                .mapToInt(n -> families.getOrDefault(n, 0)).average().orElseThrow();
        assertTrue(families.get("Smith") > 8 * rareAverage, "Smith " + families.get("Smith") + ", a rare name " + rareAverage);
        assertTrue(family.share(1) > 10 * family.share(last), "the commonest name is far commoner than the rarest");
        assertTrue(family.share(1) > 0.01 && family.share(1) < 0.03, "Smith is about as common as it is in the UK");
        assertBetween(families.get("Smith"), 0.01, 0.03, "called Smith");
        assertBetween(middle, 0.2, 0.4, "with a middle name");
        assertBetween(hyphen, 0.005, 0.05, "with a hyphenated surname");
        assertTrue(apostrophe > 50, "apostrophes: " + apostrophe);
        assertTrue(accented > 200, "accented or non-English letters: " + accented);
    }

    @Test
    void postcodesSpreadOverManyDistrictsWithAHandfulOfPeopleEach() {
        Set<String> outwards = new HashSet<>();
        Map<String, Integer> perPostcode = new HashMap<>();
        for (SyntheticCustomer c : sample) {
            outwards.add(c.postcode().substring(0, c.postcode().indexOf(' ')));
            perPostcode.merge(c.postcode(), 1, Integer::sum);
        }
        assertTrue(outwards.size() > 800, "outward codes used: " + outwards.size());
        // 20,000 customers over ~130,000 postcodes: most postcodes seen once; at a million, about eight each
        assertTrue(perPostcode.size() > 12_000 && perPostcode.size() < SAMPLE, "distinct postcodes: " + perPostcode.size());
        assertTrue(perPostcode.values().stream().mapToInt(Integer::intValue).max().orElseThrow() < 10);
    }

    @Test
    void everyShippedNameIsAValidNameAsTyped() {
        for (String list : List.of("given-female.txt", "given-male.txt", "family.txt")) {
            for (String name : RankedList.lines(list)) {
                assertCanonical(Field.FULL_NAME, name);
            }
        }
    }

    private static void assertCanonical(Field field, String value) {
        Checked<String> checked = AnswerRules.check(field, value, TODAY);
        assertEquals(value, checked.valueIfValid().orElse(null), field + " " + checked.problems());
    }

    private static void assertBetween(int count, double low, double high, String what) {
        double share = count / (double) SAMPLE;
        assertTrue(share >= low && share <= high, "share " + what + ": " + share);
    }
}
