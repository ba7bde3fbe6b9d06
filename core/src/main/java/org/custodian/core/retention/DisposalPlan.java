package org.custodian.core.retention;

import java.time.Instant;
import java.util.List;

/** A dry run: per category, the rule and how many records are past it at {@code asOf}. Counts only, never data. */
public record DisposalPlan(Instant asOf, List<Line> lines) {

    public DisposalPlan {
        lines = List.copyOf(lines);
    }

    public long total() {
        return lines.stream().mapToLong(Line::due).sum();
    }

    public record Line(RetentionRule rule, long due) {
    }
}
