package org.custodian.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Fictional callers for benchmarks: common UK given and family names, Ofcom drama mobile numbers
 * (07700 900000 to 900999), example.com addresses, real-format postcodes. Never real people.
 */
final class SyntheticPeople {

    private static final String[] GIVEN = {"Sam", "Alex", "Jo", "Chris", "Priya", "Mohammed", "Olivia", "Amelia", "Isla",
            "Noah", "Oliver", "George", "Zoë", "Siobhán", "Aoife", "Dylan", "Ffion", "Kwame", "Mei", "Tomasz", "Ana", "Ravi",
            "Grace", "Leo", "Freya", "Arjun", "Hannah", "Yusuf", "Eilidh", "Rhys"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Patel", "Khan", "O'Brien", "Murphy", "MacDonald", "Evans", "Thomas", "Roberts", "Nowak", "Chen", "Okafor",
            "Singh", "Hughes", "Edwards", "Wright", "Walker", "Green", "Hall", "Lewis", "Harris", "Clarke", "Jackson"};
    private static final String[] OUTWARD = {"SW1A", "M1", "B33", "CR2", "LS1", "EC1A", "W1A", "BT1", "CF10", "EH1", "G2",
            "NE1", "L1", "BS1", "NG1"};

    private final Random random;

    SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    Map<String, String> newCustomerAnswers() {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        Map<String, String> answers = new HashMap<>();
        answers.put("nature", "Open an account");
        answers.put("name", given + " " + family);
        answers.put("dob", (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + "/" + (1940 + random.nextInt(66)));
        answers.put("phone", String.format("07700 900%03d", random.nextInt(1000)));
        answers.put("email", given.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "." + random.nextInt(100_000) + "@example.com");
        answers.put("postcode", OUTWARD[random.nextInt(OUTWARD.length)] + " " + random.nextInt(10) + "AB".charAt(random.nextInt(2)) + "D");
        answers.put("address", (1 + random.nextInt(200)) + " Example Road");
        answers.put("actions", "Account opened");
        answers.put("outcome", "Done");
        return answers;
    }
}
