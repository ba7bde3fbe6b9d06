package org.custodian.core.intake;

import java.time.LocalDate;
import java.util.Locale;
import org.custodian.core.gdpr.Field;
import org.custodian.core.validation.Checked;
import org.custodian.core.validation.DatesOfBirth;
import org.custodian.core.validation.Emails;
import org.custodian.core.validation.FreeText;
import org.custodian.core.validation.PersonNames;
import org.custodian.core.validation.Phones;
import org.custodian.core.validation.Postcodes;

/** Checks one typed answer by its field's kind; the canonical text is what is stored and read back. */
public final class AnswerRules {

    public static final int TEXT_LINE_MAX = 300;
    public static final int TEXT_MAX = 2000;

    private AnswerRules() {
    }

    public static Checked<String> check(Field field, String raw, LocalDate today) {
        String label = field.label();
        return switch (field.kind()) {
            case NAME -> PersonNames.check(label, raw);
            case PHONE -> Phones.check(label, raw);
            case EMAIL -> Emails.check(label, raw);
            case POSTCODE -> Postcodes.check(label, raw);
            case DATE_OF_BIRTH -> asText(DatesOfBirth.check(label, raw, today));
            case TEXT_LINE -> FreeText.check(label, raw, TEXT_LINE_MAX);
            case TEXT -> FreeText.check(label, raw, TEXT_MAX);
            case YES_NO -> yesNo(label, raw);
            case FUTURE_DATE -> followUp(label, raw, today);
        };
    }

    /** How a stored answer is shown in the read-back. */
    public static String display(Field field, String canonical) {
        return switch (field.kind()) {
            case PHONE -> Phones.display(canonical);
            case DATE_OF_BIRTH, FUTURE_DATE -> LocalDate.parse(canonical).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
            case YES_NO -> "yes".equals(canonical) ? "Yes" : "No";
            default -> canonical;
        };
    }

    private static Checked<String> asText(Checked<LocalDate> date) {
        return date instanceof Checked.Valid<LocalDate> valid ? Checked.valid(valid.value().toString())
                : new Checked.Invalid<>(date.problems());
    }

    private static Checked<String> yesNo(String label, String raw) {
        String answer = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (answer) {
            case "yes", "y" -> Checked.valid("yes");
            case "no", "n" -> Checked.valid("no");
            default -> Checked.invalid(label, "answer.yes-no", "answer yes or no.", "house");
        };
    }

    private static Checked<String> followUp(String label, String raw, LocalDate today) {
        String typed = raw == null ? "" : raw.strip();
        try {
            LocalDate date = LocalDate.parse(typed.replace('.', '/').replace('-', '/'),
                    java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT));
            if (date.isBefore(today)) {
                return Checked.invalid(label, "date.past", "choose today or a later date.", "house");
            }
            if (date.isAfter(today.plusYears(1))) {
                return Checked.invalid(label, "date.too-far", "choose a date within the next year.", "house");
            }
            return Checked.valid(date.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return Checked.invalid(label, "date.format", "use day/month/year, for example 01/12/2026.", "house");
        }
    }
}
