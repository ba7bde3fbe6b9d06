package org.custodian.core.rights;

import java.util.Set;
import java.util.stream.Collectors;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.rules.Violation;
import org.jooq.DSLContext;

/**
 * What other services ask before they change a record or use it for marketing: restriction makes the record
 * read-only, an objection to marketing stops any marketing use or consent. Each refusal is one plain sentence.
 */
public final class RecordProtections {

    /** The purpose code that is direct marketing (see the shipped purposes). */
    public static final String MARKETING_PURPOSE = "marketing";
    private final ProtectionRepository repository;

    public RecordProtections(ProtectionRepository repository) {
        this.repository = repository;
    }

    public Set<RightsFlag> flags(DSLContext dsl, long customerId) {
        return repository.activeFlags(dsl, customerId).stream().map(ProtectionRepository.Flag::kind)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses any change to a restricted record. */
    public void requireChangeable(DSLContext dsl, long customerId) {
        if (flags(dsl, customerId).contains(RightsFlag.RESTRICTED)) {
            throw new InvalidInputException(new Violation("Record", "rights.restricted",
                    "Record: processing of this customer's data is restricted, so it is read-only until a team lead lifts the restriction.",
                    RightsFlag.RESTRICTED.article()));
        }
    }

    /** Refuses marketing use, or a marketing consent, for someone who objected to marketing. */
    public void requireMarketingAllowed(DSLContext dsl, long customerId, String purposeCode) {
        if (MARKETING_PURPOSE.equals(purposeCode) && flags(dsl, customerId).contains(RightsFlag.OBJECTS_TO_MARKETING)) {
            throw new InvalidInputException(new Violation("Purpose", "rights.objects-to-marketing",
                    "Purpose: this customer has objected to direct marketing, so their record cannot be used or consent recorded for it.",
                    RightsFlag.OBJECTS_TO_MARKETING.article()));
        }
    }
}
