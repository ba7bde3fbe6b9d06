package org.custodian.core.retention;

import java.util.Map;

/** What a disposal sweep removed per category, and whether it was stopped before the end (run it again to resume). */
public record SweepResult(Map<DataCategory, Long> disposed, boolean stopped) {

    public SweepResult {
        disposed = Map.copyOf(disposed);
    }

    public long total() {
        return disposed.values().stream().mapToLong(Long::longValue).sum();
    }
}
