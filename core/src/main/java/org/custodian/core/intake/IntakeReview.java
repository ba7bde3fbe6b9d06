package org.custodian.core.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rights.SuppressionList;

/**
 * What will be saved, as the agent reads it back, the existing customers it may duplicate, and which identifiers
 * match someone erased at their request (empty when none).
 */
public record IntakeReview(Purpose purpose, Map<Field, String> values, List<Line> readBack, List<DuplicateCandidate> duplicates,
                           Set<SuppressionList.MatchedOn> erasedMatch) {

    public IntakeReview {
        erasedMatch = Set.copyOf(erasedMatch);
        values = Map.copyOf(values);
        readBack = List.copyOf(readBack);
        duplicates = List.copyOf(duplicates);
    }

    /** True when the caller's details match someone erased at their request: the agent should check before saving. */
    public boolean returningErasedPerson() {
        return !erasedMatch.isEmpty();
    }

    public record Line(Field field, String label, String value) {
    }

    /** A likely existing record: enough to recognise the person, and why it matched. */
    public record DuplicateCandidate(long customerId, String reference, String name, String outwardPostcode,
                                     String maskedPhone, String reason) {
    }
}
