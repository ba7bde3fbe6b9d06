package org.custodian.app.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.custodian.core.audit.review.EntryScore;
import org.custodian.core.audit.review.PointResult;

/** One entry as the review table shows it: what core scored, in words. */
public record EntryRow(long interactionId, String reference, String agent, String saved, int failures, String summary,
                       List<String> points) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    static EntryRow of(EntryScore score, ZoneId zone) {
        List<PointResult> failed = score.failures();
        String summary = failed.isEmpty() ? "All points met"
                : failed.size() + (failed.size() == 1 ? " failure: " : " failures: ")
                + String.join(", ", failed.stream().map(r -> r.point().label()).toList());
        List<String> points = score.results().stream().map(r -> word(r.outcome()) + " · " + r.point().label()
                + (r.outcome() == PointResult.Outcome.MET ? "" : ": " + r.reason())).toList();
        return new EntryRow(score.entry().interactionId(), score.entry().customerReference(), score.entry().agentName(),
                WHEN.format(score.entry().savedAt().atZone(zone)), failed.size(), summary, points);
    }

    private static String word(PointResult.Outcome outcome) {
        return switch (outcome) {
            case MET -> "Met";
            case FAILED -> "FAILED";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }
}
