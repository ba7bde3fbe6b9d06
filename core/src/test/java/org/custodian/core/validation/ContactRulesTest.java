package org.custodian.core.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "0044 7700 900123", "(07700) 900-123",
            "+447700900123", "07700.900.123"})
    void ukMobileInAnyFormatIsOneE164Number(String typed) {
        assertEquals("+447700900123", Phones.check("Phone", typed).valueIfValid().orElseThrow(), typed);
    }

    @Test
    void landlinesAndForeignNumbersAreAcceptedAndShownSensibly() {
        assertEquals("+441134960000", Phones.check("Phone", "0113 496 0000").valueIfValid().orElseThrow());
        assertEquals("+33123456789", Phones.check("Phone", "+33 1 23 45 67 89").valueIfValid().orElseThrow());
        assertEquals("07700 900123", Phones.display("+447700900123"));
        assertEquals("+33 1 23 45 67 89", Phones.display("+33123456789"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "077009001|phone.invalid", "07700 901123|phone.invalid", "0770090012345|phone.invalid", "07700 9OO123|phone.characters",
            "phone me|phone.characters", "+44 (0) 7700 900123 ext 5|phone.characters", "0000000000|phone.invalid",
            "123|phone.invalid", "07700#900123|phone.characters", "=1+1|phone.characters", "07700\t900123|phone.characters"})
    void badPhonesAreRefusedWithTheFieldNamed(String typed, String code) {
        Checked<String> result = Phones.check("Phone", typed);
        assertEquals(code, result.problems().get(0).code(), typed);
        assertTrue(result.problems().get(0).message().startsWith("Phone: "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sw1a1aa|SW1A 1AA", "SW1A 1AA|SW1A 1AA", "gir 0aa|GIR 0AA", "M1 1AE|M1 1AE", "B33 8TH|B33 8TH",
            "CR2 6XH|CR2 6XH", "DN55 1PT|DN55 1PT", "W1A 0AX|W1A 0AX", "EC1A 1BB|EC1A 1BB", " ec1a1bb |EC1A 1BB",
            "LS1 4AP|LS1 4AP", "BT1 5GS|BT1 5GS"})
    void ukPostcodesInEveryFormatAreNormalised(String typed, String stored) {
        assertEquals(stored, Postcodes.check("Postcode", typed).valueIfValid().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A", "12345", "Q1 1AA", "SW1A 1AAA", "V1 1AA", "X1 1AA", "AA1 1CI", "EC1A-1BB", "S W 1 A 1 A A Z",
            "<b>", "1=1", "SW1A 1A"})
    void nonPostcodesAreRefused(String typed) {
        Checked<String> result = Postcodes.check("Postcode", typed);
        assertFalse(result.isValid(), typed);
        assertTrue(result.problems().get(0).message().startsWith("Postcode: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam@example.com", "Sam.Sample+calls@example.com", "o'brien@example.co.uk",
            "user@sub.example.org", "zoë@example.com", "user@bücher.example", "用户@例子.广告", "a@b.co"})
    void soundAddressesIncludingInternationalOnesAreAccepted(String typed) {
        assertTrue(Emails.check("Email", typed).isValid(), typed);
    }

    @Test
    void theDomainIsLowerCasedAndTheLocalPartKept() {
        assertEquals("Sam.Sample@example.com", Emails.check("Email", "Sam.Sample@EXAMPLE.com").valueIfValid().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sam example.com|email.spaces", "sam@@example.com|email.at-sign", "sam@example|email.domain",
            "sam@exa mple.com|email.spaces", ".sam@example.com|email.local-part", "sam.@example.com|email.local-part",
            "sa..m@example.com|email.local-part", "sam@-example.com|email.domain", "sam@example..com|email.domain",
            "sam@127.0.0.1|email.domain", "@example.com|email.local-part", "sam@|email.domain",
            "samexample.com|email.at-sign", "<sam>@example.com|email.local-part", "sam@exam_ple.com|email.domain"})
    void unsoundAddressesAreRefusedWithTheFieldNamed(String typed, String code) {
        Checked<String> result = Emails.check("Email", typed);
        assertEquals(code, result.problems().get(0).code(), typed);
        assertTrue(result.problems().get(0).message().startsWith("Email: "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"14/03/1985|1985-03-14", "1/1/2000|2000-01-01", "29/02/2024|2024-02-29",
            "1985-03-14|1985-03-14", "14.03.1985|1985-03-14", "24/11/2026|2026-11-24"})
    void datesOfBirthAreReadDayFirst(String typed, String iso) {
        assertEquals(LocalDate.parse(iso), DatesOfBirth.check("Date of birth", typed, TODAY).valueIfValid().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"25/11/2026|dob.future", "01/01/1900|dob.implausible", "29/02/2023|dob.format",
            "31/04/1990|dob.format", "14/03/85|dob.format", "next tuesday|dob.format", "|dob.missing", "13/13/1990|dob.format"})
    void impossibleDatesOfBirthAreRefused(String typed, String code) {
        assertEquals(code, DatesOfBirth.check("Date of birth", typed, TODAY).problems().get(0).code(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Card 4111 1111 1111 1111 for the refund", "4111-1111-1111-1111", "5500005555555559",
            "amex 378282246310005", "CVV 123", "the security code is 4567", "cvc: 999"})
    void cardDataIsRefusedInFreeText(String typed) {
        Checked<String> result = FreeText.check("Notes", typed, 2000);
        assertFalse(result.isValid(), typed);
        assertTrue(result.problems().get(0).code().startsWith("text.card-number")
                || result.problems().get(0).code().equals("text.security-code"));
        assertTrue(result.problems().get(0).message().startsWith("Notes: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Called about bill 07700 900123", "Order 1234567890123 (not a card)", "Meter reading 12345",
            "Account ref 00012345", "Promised a call back on 24/11/2026 at 14:00"})
    void ordinaryNumbersInFreeTextAreKept(String typed) {
        assertEquals(typed, FreeText.check("Notes", typed, 2000).valueIfValid().orElseThrow());
    }

    @Test
    void luhnIsTheRealCheck() {
        assertTrue(FreeText.passesLuhn("4111 1111 1111 1111"));
        assertFalse(FreeText.passesLuhn("4111 1111 1111 1112"));
    }
}
