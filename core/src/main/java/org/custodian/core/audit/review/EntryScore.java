package org.custodian.core.audit.review;

import java.util.List;
import org.custodian.core.audit.pack.PackEntry;

/** An entry and its outcome on every marking point, in the points' order. */
public record EntryScore(PackEntry entry, List<PointResult> results) {

    public EntryScore {
        results = List.copyOf(results);
    }

    public List<PointResult> failures() {
        return results.stream().filter(PointResult::failed).toList();
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    public PointResult result(MarkingPoint point) {
        return results.stream().filter(r -> r.point() == point).findFirst().orElseThrow();
    }
}
