package org.custodian.core.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd input through every validator: each value is either accepted (and then its canonical form is
 * derived from the input only by the documented normalisation) or refused with a field-named message. Never an
 * exception, never a silent change.
 */
class AdversarialCorpusTest {

    static List<String> corpus() {
        List<String> values = new ArrayList<>(List.of(
                "'; DROP TABLE customer; --", "' OR '1'='1", "\" OR \"\"=\"", "1; SELECT * FROM app_user",
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&lt;b&gt;", "javascript:alert(1)",
                "=CMD|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"http://example.com\")",
                "\u0000", "\u0007bell", "line\nbreak", "tab\there", "\r\n", "\u202Ereversed", "\u2066isolate\u2069",
                "\u200B", "\uFEFFbom", "😀", "👨‍👩‍👧‍👦", "🇬🇧", "\uD800", "\uDC00lone", "a\uD83D", "null", "NULL", "undefined",
                "None", "true", "0", "-1", "NaN", "%s%s%n", "${jndi:ldap://example.com/a}", "{{7*7}}", "../../etc/passwd",
                "C:\\Windows", "Ω≈ç√∫", "ﷺ", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͕̈́", "  ", "", "\u00A0", "Ａｂｃ", "ǅ", "İ"));
        values.add("x".repeat(10_000));
        values.add("07700 900123".repeat(1_000));
        values.add("Ann ".repeat(2_500));
        return values;
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Map<String, Function<String, Checked<?>>> FIELDS = Map.of(
            "Full name", v -> PersonNames.check("Full name", v),
            "Phone", v -> Phones.check("Phone", v),
            "Email", v -> Emails.check("Email", v),
            "Postcode", v -> Postcodes.check("Postcode", v),
            "Date of birth", v -> DatesOfBirth.check("Date of birth", v, TODAY),
            "Notes", v -> FreeText.check("Notes", v, 2000));

    @Test
    void everyValueIsAcceptedExactlyOrRefusedWithAMessageThroughEveryField() {
        int accepted = 0;
        int refused = 0;
        for (String value : corpus()) {
            for (Map.Entry<String, Function<String, Checked<?>>> field : FIELDS.entrySet()) {
                Checked<?> result = assertDoesNotThrow(() -> field.getValue().apply(value), field.getKey());
                if (result instanceof Checked.Valid<?> valid && valid.value() instanceof String kept) {
                    accepted++;
                    assertFalse(TextChecks.hasLoneSurrogate(kept), "no broken text is ever accepted");
                    assertFalse(kept.codePoints().anyMatch(TextChecks::isBidiControl), "no bidi controls kept");
                    if (field.getKey().equals("Full name") || field.getKey().equals("Notes")) {
                        assertTrue(java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC).equals(kept)
                                || value.strip().equals(kept), field.getKey() + " changed " + value + " to " + kept);
                    }
                } else if (result instanceof Checked.Invalid<?> invalid) {
                    refused++;
                    assertTrue(invalid.violations().get(0).message().startsWith(field.getKey() + ": "),
                            invalid.violations().get(0).message());
                    assertTrue(invalid.violations().get(0).message().length() < 200);
                }
            }
        }
        assertTrue(accepted > 0 && refused > 0, "accepted=" + accepted + " refused=" + refused);
    }
}
