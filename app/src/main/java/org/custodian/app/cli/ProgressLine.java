package org.custodian.app.cli;

import java.util.Locale;

/**
 * The command line's progress: a line at most once a second while work goes on, and the rate so far. Counts
 * only; time is passed in so a test can move it.
 */
final class ProgressLine {

    static final long SECOND = 1_000_000_000L;
    private final long start;
    private long lastLine;

    ProgressLine(long startNanos) {
        this.start = startNanos;
        this.lastLine = startNanos;
    }

    /** The line to print now, or null when the last one was under a second ago (or the work is done). */
    String update(int done, int total, long nowNanos) {
        if (done <= 0 || done >= total || nowNanos - lastLine < SECOND) {
            return null;
        }
        lastLine = nowNanos;
        return "generated " + done + " of " + total + " customers (" + rate(done, nowNanos) + ")";
    }

    String rate(int done, long nowNanos) {
        long nanos = nowNanos - start;
        long perSecond = nanos <= 0 ? 0 : Math.round(done / (nanos / (double) SECOND));
        return String.format(Locale.UK, "%,d/s", perSecond);
    }

    long seconds(long nowNanos) {
        return (nowNanos - start) / SECOND;
    }
}
