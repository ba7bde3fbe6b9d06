package org.custodian.core.validation;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates of birth as callers say them (day/month/year), never in the future and giving a plausible age. */
public final class DatesOfBirth {

    public static final int MAX_AGE = 120;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final String REF = "UK GDPR Art 5(1)(d) accuracy";

    private DatesOfBirth() {
    }

    public static Checked<LocalDate> check(String field, String raw, LocalDate today) {
        String typed = raw == null ? "" : raw.strip().replace('.', '/').replace('-', '/');
        if (typed.isEmpty()) {
            return Checked.invalid(field, "dob.missing", "enter the date of birth as day/month/year.", REF);
        }
        LocalDate date;
        try {
            date = typed.matches("\\d{4}/\\d{1,2}/\\d{1,2}")
                    ? LocalDate.parse(typed, DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT))
                    : LocalDate.parse(typed, UK);
        } catch (DateTimeParseException e) {
            return Checked.invalid(field, "dob.format",
                    "use day/month/year with a four-digit year, for example 14/03/1985.", REF);
        }
        return check(field, date, today);
    }

    public static Checked<LocalDate> check(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Checked.invalid(field, "dob.future", "a date of birth cannot be in the future; check the year.", REF);
        }
        if (Period.between(date, today).getYears() > MAX_AGE) {
            return Checked.invalid(field, "dob.implausible",
                    "that makes the caller over " + MAX_AGE + "; check the year.", REF);
        }
        return Checked.valid(date);
    }
}
