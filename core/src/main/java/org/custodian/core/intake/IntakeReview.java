package org.custodian.core.intake;

import java.util.List;
import java.util.Map;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Purpose;

/** What will be saved, as the agent reads it back, and the existing customers it may duplicate. */
public record IntakeReview(Purpose purpose, Map<Field, String> values, List<Line> readBack, List<DuplicateCandidate> duplicates) {

    public IntakeReview {
        values = Map.copyOf(values);
        readBack = List.copyOf(readBack);
        duplicates = List.copyOf(duplicates);
    }

    public record Line(Field field, String label, String value) {
    }

    /** A likely existing record: enough to recognise the person, and why it matched. */
    public record DuplicateCandidate(long customerId, String reference, String name, String outwardPostcode,
                                     String maskedPhone, String reason) {
    }
}
