package org.custodian.core.rights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * When a rights request must be answered, following the ICO's guidance on time limits ("Right of access: How long
 * do we have to comply?", and the same rule for every right): the clock starts on the day the request arrives,
 * or on the day the identity evidence arrives if it was asked for; the answer is due on the corresponding
 * calendar date in the next month, or that month's last day where there is none (31 January to 28 or 29
 * February, 31 March to 30 April); a date on a weekend or bank holiday moves to the next working day. A complex
 * request may be extended by up to two further months, if the requester is told within the first month.
 *
 * <p>Pure functions: no clock, no store. Each answer is a named outcome.
 */
public final class RightsDueDates {

    /** The most the time limit may be extended by (UK GDPR Art 12(3)). */
    public static final int MAX_EXTENSION_MONTHS = 2;

    private RightsDueDates() {
    }

    /** The day the clock starts: receipt, or the day identity was verified when evidence was awaited. */
    public sealed interface ClockStart {
        /** The clock runs from this day. */
        record Running(LocalDate from) implements ClockStart {
        }

        /** Identity evidence was asked for and has not arrived: the clock has not started. */
        record AwaitingIdentity() implements ClockStart {
        }
    }

    public static ClockStart clockStart(LocalDate received, IdentityStatus identity, LocalDate identityVerifiedOn) {
        return switch (identity) {
            case NOT_NEEDED -> new ClockStart.Running(received);
            case AWAITING -> new ClockStart.AwaitingIdentity();
            case VERIFIED -> new ClockStart.Running(identityVerifiedOn == null || identityVerifiedOn.isBefore(received)
                    ? received : identityVerifiedOn);
        };
    }

    /**
     * The corresponding date {@code months} calendar months after {@code start}, or that month's last day where it
     * has none. Counted from the start each time, so three months from 31 January is 30 April (not 28 April).
     */
    public static LocalDate correspondingDate(LocalDate start, int months) {
        return start.plusMonths(months); // java.time clamps to the month's last valid day, which is the ICO rule
    }

    /** A weekend or bank holiday moves the due date on to the next working day. */
    public static LocalDate nextWorkingDay(LocalDate date, Set<LocalDate> bankHolidays) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || bankHolidays.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The answer is due one calendar month from the start (plus any extension), on a working day. */
    public static LocalDate due(LocalDate start, int extensionMonths, Set<LocalDate> bankHolidays) {
        if (extensionMonths < 0 || extensionMonths > MAX_EXTENSION_MONTHS) {
            throw new IllegalArgumentException("extension of 0 to 2 months");
        }
        return nextWorkingDay(correspondingDate(start, 1 + extensionMonths), bankHolidays);
    }

    /** Whether an extension may be taken, told to the requester on {@code toldOn}. */
    public sealed interface ExtensionDecision {
        record Allowed(LocalDate newDue) implements ExtensionDecision {
        }

        /** The requester was (or would be) told after the first month's due date: too late to extend. */
        record ToldTooLate(LocalDate toldBy) implements ExtensionDecision {
        }

        /** More than two further months in all, or none. */
        record OutOfRange(int maxMonths) implements ExtensionDecision {
        }

        /** Identity evidence is still awaited, so there is no time limit yet to extend. */
        record ClockNotStarted() implements ExtensionDecision {
        }
    }

    public static ExtensionDecision extend(ClockStart start, int totalExtensionMonths, LocalDate toldOn,
                                           Set<LocalDate> bankHolidays) {
        if (!(start instanceof ClockStart.Running running)) {
            return new ExtensionDecision.ClockNotStarted();
        }
        if (totalExtensionMonths < 1 || totalExtensionMonths > MAX_EXTENSION_MONTHS) {
            return new ExtensionDecision.OutOfRange(MAX_EXTENSION_MONTHS);
        }
        LocalDate toldBy = due(running.from(), 0, bankHolidays);
        if (toldOn.isAfter(toldBy)) {
            return new ExtensionDecision.ToldTooLate(toldBy);
        }
        return new ExtensionDecision.Allowed(due(running.from(), totalExtensionMonths, bankHolidays));
    }

    /** Where a request stands against its time limit on a given day. */
    public sealed interface Countdown {
        record DueIn(long days) implements Countdown {
        }

        record DueToday() implements Countdown {
        }

        record Overdue(long days) implements Countdown {
        }

        record AwaitingIdentity() implements Countdown {
        }
    }

    public static Countdown countdown(LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return new Countdown.AwaitingIdentity();
        }
        long days = ChronoUnit.DAYS.between(today, dueOn);
        if (days > 0) {
            return new Countdown.DueIn(days);
        }
        return days == 0 ? new Countdown.DueToday() : new Countdown.Overdue(-days);
    }
}
