package org.custodian.core.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Pattern;

/**
 * Phone numbers through libphonenumber: UK by default, any country with a leading + or 00, stored as E.164 and
 * shown in national format for UK numbers (international otherwise).
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern TYPABLE = Pattern.compile("[0-9+()\\-. ]{1,30}");
    private static final String REF = "UK GDPR Art 5(1)(d) accuracy";

    private Phones() {
    }

    /** A valid number in E.164 ("+447700900123"). */
    public static Checked<String> check(String field, String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            return Checked.invalid(field, "phone.missing", "enter the phone number.", REF);
        }
        if (!TYPABLE.matcher(typed).matches()) {
            return Checked.invalid(field, "phone.characters",
                    "use digits, spaces and + ( ) - only, for example 07700 900123.", REF);
        }
        if (typed.startsWith("00")) {
            typed = "+" + typed.substring(2);
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(typed, "GB");
            if (!UTIL.isValidNumber(number) && !isOfcomDramaMobile(number)) {
                return Checked.invalid(field, "phone.invalid",
                        "this is not a valid number; check the digits (a UK number has 10 digits after the 0).", REF);
            }
            return Checked.valid(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Checked.invalid(field, "phone.invalid",
                    "this is not a valid number; check the digits (a UK number has 10 digits after the 0).", REF);
        }
    }

    /**
     * Ofcom reserves 07700 900000 to 900999 for drama, training and test data; libphonenumber rightly calls
     * them unallocated, but synthetic customers must use them, so they are accepted. (Ofcom's drama landline
     * ranges are already valid to libphonenumber.)
     */
    static boolean isOfcomDramaMobile(Phonenumber.PhoneNumber number) {
        return number.getCountryCode() == 44 && number.getNationalNumber() / 1000 == 7_700_900L;
    }

    /** How a stored E.164 number is shown: national format for UK numbers, international otherwise. */
    public static String display(String e164) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(e164, "GB");
            return UTIL.format(number, number.getCountryCode() == 44 ? PhoneNumberFormat.NATIONAL
                    : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
