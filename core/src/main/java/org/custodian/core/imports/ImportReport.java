package org.custodian.core.imports;

import java.util.List;

/**
 * The outcome of checking or importing a file: how many data rows it had, how many customers were created
 * (0 unless every row passed), and every problem found.
 */
public record ImportReport(int rows, int imported, List<ImportProblem> problems, boolean cancelled) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty() && !cancelled;
    }
}
