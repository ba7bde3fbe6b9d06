package org.custodian.core.gdpr;

/**
 * How personal data looks before it is revealed: enough to confirm with the caller ("ends 123"), not enough to
 * read out or copy. Pure functions of the stored value.
 */
public final class Masking {

    private static final char DOT = '•';

    private Masking() {
    }

    /** "07700 900123" becomes "••••• •••123". */
    public static String phone(String displayed) {
        StringBuilder out = new StringBuilder();
        int digitsLeft = (int) displayed.chars().filter(Character::isDigit).count();
        for (char ch : displayed.toCharArray()) {
            if (Character.isDigit(ch)) {
                out.append(digitsLeft-- > 3 ? DOT : ch);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** "sam.sample@example.com" becomes "s•••@example.com". */
    public static String email(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "•••" + email.substring(at);
    }

    /** "SW1A 1AA" becomes "SW1A •••": the outward code narrows a search; the whole one is an identity check. */
    public static String postcode(String postcode) {
        int space = postcode.indexOf(' ');
        return (space < 0 ? postcode : postcode.substring(0, space)) + " •••";
    }

    /** Everything hidden: a date of birth, an address or special category data says too much in part. */
    public static String hidden() {
        return "••••••";
    }

    public static String of(Field field, String displayed) {
        return switch (field) {
            case PHONE -> phone(displayed);
            case EMAIL -> email(displayed);
            case POSTCODE -> postcode(displayed);
            case FULL_NAME -> displayed;
            default -> hidden();
        };
    }
}
