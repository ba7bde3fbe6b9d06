package org.custodian.core.imports;

import java.util.List;
import org.jooq.DSLContext;

/**
 * One check of a valid row against what the store already holds (an existing customer, and later the
 * suppression list). The import runs every check it was given on every row, so another is plugged in by adding
 * it where the workspace builds the import service; a check reports problems, never throws for a bad row.
 */
@FunctionalInterface
public interface ImportCheck {

    List<ImportProblem> check(DSLContext dsl, ImportCandidate candidate);
}
