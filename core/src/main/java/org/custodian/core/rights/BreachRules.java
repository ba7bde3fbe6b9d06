package org.custodian.core.rights;

import java.time.Duration;
import java.time.Instant;

/**
 * The 72-hour clock for telling the ICO about a personal data breach (UK GDPR Art 33(1): "without undue delay and,
 * where feasible, not later than 72 hours after having become aware of it", unless it is unlikely to result in a
 * risk to people's rights and freedoms). Pure: the caller passes the time.
 */
public final class BreachRules {

    public static final Duration NOTIFY_WITHIN = Duration.ofHours(72);

    private BreachRules() {
    }

    public static Instant deadline(Instant awareAt) {
        return awareAt.plus(NOTIFY_WITHIN);
    }

    /** Where a breach stands against the clock. */
    public sealed interface NotificationClock {
        record Running(Duration left) implements NotificationClock {
        }

        record Overdue(Duration by) implements NotificationClock {
        }

        record ReportedInTime(Instant at) implements NotificationClock {
        }

        /** Reported after 72 hours: Art 33(1) requires the reasons for the delay to go with the report. */
        record ReportedLate(Instant at, Duration late) implements NotificationClock {
        }

        /** Judged unlikely to result in a risk: no report is due, and the judgement is recorded. */
        record NotReportable() implements NotificationClock {
        }
    }

    public static NotificationClock clock(Instant awareAt, BreachStatus status, Instant reportedAt, Instant now) {
        Instant deadline = deadline(awareAt);
        if (status == BreachStatus.NOT_REPORTABLE) {
            return new NotificationClock.NotReportable();
        }
        if (reportedAt != null) {
            return reportedAt.isAfter(deadline)
                    ? new NotificationClock.ReportedLate(reportedAt, Duration.between(deadline, reportedAt))
                    : new NotificationClock.ReportedInTime(reportedAt);
        }
        return now.isAfter(deadline)
                ? new NotificationClock.Overdue(Duration.between(deadline, now))
                : new NotificationClock.Running(Duration.between(now, deadline));
    }

    /** The clock in words for the register, e.g. "41 h 30 min left to tell the ICO". */
    public static String describe(NotificationClock clock) {
        if (clock instanceof NotificationClock.Running r) {
            return hours(r.left()) + " left to tell the ICO";
        }
        if (clock instanceof NotificationClock.Overdue o) {
            return "Overdue: the ICO should have been told " + hours(o.by()) + " ago";
        }
        if (clock instanceof NotificationClock.ReportedInTime) {
            return "Reported to the ICO within 72 hours";
        }
        if (clock instanceof NotificationClock.ReportedLate l) {
            return "Reported " + hours(l.late()) + " late: the report must give the reasons for the delay";
        }
        return "Not reportable: judged unlikely to result in a risk to people";
    }

    private static String hours(Duration d) {
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}
