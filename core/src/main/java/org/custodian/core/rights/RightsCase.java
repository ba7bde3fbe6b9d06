package org.custodian.core.rights;

import org.custodian.core.rights.RightsDueDates.Countdown;

/** A request as the queue shows it: the case, whose it is, and where it stands against its time limit today. */
public record RightsCase(RightsRequest request, String customerReference, String customerName, Countdown countdown) {

    public boolean overdue() {
        return request.open() && countdown instanceof Countdown.Overdue;
    }

    /** The countdown in words, e.g. "Overdue by 2 days", "Due in 5 days", "Waiting for identity evidence". */
    public String countdownText() {
        if (!request.open()) {
            return "Closed: " + request.closure().label();
        }
        if (countdown instanceof Countdown.Overdue o) {
            return "Overdue by " + days(o.days());
        }
        if (countdown instanceof Countdown.DueIn d) {
            return "Due in " + days(d.days());
        }
        if (countdown instanceof Countdown.DueToday) {
            return "Due today";
        }
        return "Waiting for identity evidence: the clock has not started";
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
