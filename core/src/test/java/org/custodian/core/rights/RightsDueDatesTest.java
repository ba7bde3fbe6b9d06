package org.custodian.core.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.custodian.core.rights.RightsDueDates.ClockStart;
import org.custodian.core.rights.RightsDueDates.Countdown;
import org.custodian.core.rights.RightsDueDates.ExtensionDecision;
import org.junit.jupiter.api.Test;

class RightsDueDatesTest {

    private static final Set<LocalDate> NONE = Set.of();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theCorrespondingDateInTheNextMonth() {
        assertEquals(d("2026-10-03"), RightsDueDates.correspondingDate(d("2026-09-03"), 1)); // ICO's 3 Sep -> 3 Oct
        assertEquals(d("2026-12-03"), RightsDueDates.correspondingDate(d("2026-11-03"), 1));
    }

    @Test
    void thirtyFirstJanuaryIsDueOnFebruarysLastDay() {
        assertEquals(d("2025-02-28"), RightsDueDates.correspondingDate(d("2025-01-31"), 1));
        assertEquals(d("2024-02-29"), RightsDueDates.correspondingDate(d("2024-01-31"), 1)); // leap year
        assertEquals(d("2028-02-29"), RightsDueDates.correspondingDate(d("2028-01-30"), 1)); // leap year, 30th
        assertEquals(d("2027-02-28"), RightsDueDates.correspondingDate(d("2027-01-29"), 1)); // not a leap year
    }

    @Test
    void twentyNinthFebruaryAndThirtyFirstMarch() {
        assertEquals(d("2024-03-29"), RightsDueDates.correspondingDate(d("2024-02-29"), 1));
        assertEquals(d("2025-04-30"), RightsDueDates.correspondingDate(d("2025-03-31"), 1));
    }

    @Test
    void aWeekendOrBankHolidayMovesToTheNextWorkingDay() {
        // 31 Jan 2026 -> Saturday 28 Feb 2026 -> Monday 2 March
        assertEquals(d("2026-03-02"), RightsDueDates.due(d("2026-01-31"), 0, NONE));
        assertEquals(d("2026-10-05"), RightsDueDates.due(d("2026-09-03"), 0, NONE)); // Saturday 3 Oct -> Monday
        assertEquals(d("2025-04-30"), RightsDueDates.due(d("2025-03-31"), 0, NONE)); // a Wednesday stays
        // a bank holiday on the Monday moves it to Tuesday
        assertEquals(d("2026-03-03"), RightsDueDates.due(d("2026-01-31"), 0, Set.of(d("2026-03-02"))));
    }

    @Test
    void theClockStartsWhenIdentityArrives() {
        assertEquals(new ClockStart.Running(d("2026-01-10")),
                RightsDueDates.clockStart(d("2026-01-10"), IdentityStatus.NOT_NEEDED, null));
        assertEquals(new ClockStart.AwaitingIdentity(),
                RightsDueDates.clockStart(d("2026-01-10"), IdentityStatus.AWAITING, null));
        assertEquals(new ClockStart.Running(d("2026-01-31")),
                RightsDueDates.clockStart(d("2026-01-10"), IdentityStatus.VERIFIED, d("2026-01-31")));
    }

    @Test
    void anExtensionAddsUpToTwoMonthsCountedFromTheStart() {
        ClockStart start = new ClockStart.Running(d("2025-01-31"));
        // three months from 31 January is 30 April (a Wednesday), not 28 April
        assertEquals(new ExtensionDecision.Allowed(d("2025-04-30")), RightsDueDates.extend(start, 2, d("2025-02-10"), NONE));
        assertEquals(new ExtensionDecision.Allowed(d("2025-03-31")), RightsDueDates.extend(start, 1, d("2025-02-28"), NONE));
    }

    @Test
    void anExtensionToldAfterTheFirstMonthIsRefused() {
        ClockStart start = new ClockStart.Running(d("2025-01-31"));
        assertEquals(new ExtensionDecision.ToldTooLate(d("2025-02-28")), RightsDueDates.extend(start, 2, d("2025-03-01"), NONE));
        assertEquals(new ExtensionDecision.OutOfRange(2), RightsDueDates.extend(start, 3, d("2025-02-01"), NONE));
        assertEquals(new ExtensionDecision.OutOfRange(2), RightsDueDates.extend(start, 0, d("2025-02-01"), NONE));
        assertEquals(new ExtensionDecision.ClockNotStarted(),
                RightsDueDates.extend(new ClockStart.AwaitingIdentity(), 2, d("2025-02-01"), NONE));
    }

    @Test
    void theCountdownNamesOverdueDays() {
        assertEquals(new Countdown.DueIn(3), RightsDueDates.countdown(d("2026-03-05"), d("2026-03-02")));
        assertEquals(new Countdown.DueToday(), RightsDueDates.countdown(d("2026-03-02"), d("2026-03-02")));
        assertEquals(new Countdown.Overdue(2), RightsDueDates.countdown(d("2026-03-02"), d("2026-03-04")));
        assertEquals(new Countdown.AwaitingIdentity(), RightsDueDates.countdown(null, d("2026-03-04")));
    }
}
