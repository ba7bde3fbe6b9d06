package org.custodian.core.retention;

import java.time.temporal.ChronoUnit;

/**
 * The kinds of record a retention rule covers, each with the default period a team lead starts from and the
 * range they may set (docs/decisions/0017-retention-import-export.md). Stored by name in settings and events.
 */
public enum DataCategory {
    /** Call records (what the caller wanted, what was done), counted from when the call was saved. */
    INTERACTIONS("Interactions", "after the call was saved", 6, ChronoUnit.YEARS, 1, 10 * 365),
    /** Marketing consent answers, counted from the customer's last contact (latest call or consent answer). */
    MARKETING_CONSENT("Marketing consent", "after the customer's last contact", 2, ChronoUnit.YEARS, 30, 6 * 365),
    /** Identity checks on calls (which items the caller answered, failed attempts), counted from the call. */
    IDENTITY_EVIDENCE("Identity check evidence", "after the check", 30, ChronoUnit.DAYS, 1, 365),
    /** Calls parked mid-intake and never finished, counted from when they were parked. */
    DRAFTS("Parked intake drafts", "after they were parked", 1, ChronoUnit.DAYS, 1, 30);

    private final String label;
    private final String countedFrom;
    private final int defaultAmount;
    private final ChronoUnit defaultUnit;
    private final int minDays;
    private final int maxDays;

    DataCategory(String label, String countedFrom, int defaultAmount, ChronoUnit defaultUnit, int minDays, int maxDays) {
        this.label = label;
        this.countedFrom = countedFrom;
        this.defaultAmount = defaultAmount;
        this.defaultUnit = defaultUnit;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public String label() {
        return label;
    }

    /** What the period is counted from, to show beside it ("after the call was saved"). */
    public String countedFrom() {
        return countedFrom;
    }

    public RetentionRule defaultRule() {
        return new RetentionRule(this, defaultAmount, defaultUnit);
    }

    /** The shortest period a team lead may set, in days (a year counts as 365). */
    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }
}
