package org.custodian.core.imports;

import java.util.List;
import java.util.Set;
import org.custodian.core.rights.SuppressionList;
import org.jooq.DSLContext;

/**
 * A row for someone whose data was erased at their request (the suppression list): importing them again would
 * undo the erasure, so the row is refused; whether they may be added again is for a person to decide with them.
 * The report names the fields that matched, never which erased person.
 */
public final class SuppressedPersonCheck implements ImportCheck {

    private static final String FIX = ": this person's data was erased at their request; remove the row, or add "
            + "them through intake if they have asked to be a customer again.";
    private final SuppressionList suppression;

    public SuppressedPersonCheck(SuppressionList suppression) {
        this.suppression = suppression;
    }

    @Override
    public List<ImportProblem> check(DSLContext dsl, ImportCandidate c) {
        Set<SuppressionList.MatchedOn> matched = suppression.matches(dsl,
                new SuppressionList.Identifiers(c.fullName(), c.dateOfBirth(), c.email(), c.phone()));
        if (matched.isEmpty()) {
            return List.of();
        }
        String field = matched.contains(SuppressionList.MatchedOn.EMAIL) ? "Email"
                : matched.contains(SuppressionList.MatchedOn.PHONE) ? "Phone number" : "Full name";
        return List.of(new ImportProblem(c.row(), field, field + FIX));
    }
}
