package org.custodian.core.customers;

import java.security.SecureRandom;

/**
 * Customer references a person can read out on the phone: "CU-" and eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), random so they reveal nothing about order or volume.
 */
public final class CustomerReferences {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CustomerReferences() {
    }

    public static String next() {
        char[] out = new char[8];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "CU-" + new String(out);
    }
}
