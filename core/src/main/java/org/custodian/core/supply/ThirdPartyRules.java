package org.custodian.core.supply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custodian.core.rules.Violation;
import org.custodian.core.validation.FreeText;
import org.custodian.core.validation.PersonNames;

/** What recording a third party's authority needs. Pure rules; every problem names its field and the fix. */
final class ThirdPartyRules {

    static final int NOTE_MAX = 500;
    private static final String REF = "UK GDPR Art 5(1)(f); Mental Capacity Act 2005";

    private ThirdPartyRules() {
    }

    /**
     * @param callerVerified whether the customer passed the identity check on this call: a named representative on
     *                       the customer's own instruction needs it
     */
    static List<Violation> check(NewThirdParty draft, boolean callerVerified, LocalDate today) {
        List<Violation> problems = new ArrayList<>(PersonNames.check("Name", draft.fullName()).problems());
        if (draft.authority() == null) {
            problems.add(new Violation("Authority", "third-party.authority", "Authority: choose what kind of authority they hold.", REF));
        }
        if (draft.evidence() == null) {
            problems.add(new Violation("Evidence", "third-party.evidence", "Evidence: choose what you saw or checked.", REF));
        } else if (draft.evidence() == EvidenceType.CUSTOMER_INSTRUCTION) {
            if (draft.authority() != null && draft.authority() != AuthorityType.NAMED_REPRESENTATIVE) {
                problems.add(new Violation("Evidence", "third-party.document-needed", "Evidence: a power of attorney or deputyship"
                        + " needs the document (original or certified copy) or a check with the Office of the Public Guardian.", REF));
            } else if (!callerVerified) {
                problems.add(new Violation("Evidence", "third-party.unverified", "Evidence: the customer must pass the identity check"
                        + " on this call before naming a representative.", REF));
            }
        }
        if (draft.evidenceNote() != null && !draft.evidenceNote().isBlank()) {
            problems.addAll(FreeText.check("Evidence note", draft.evidenceNote(), NOTE_MAX).problems());
        }
        if (draft.scope().isEmpty()) {
            problems.add(new Violation("Covers", "third-party.scope", "Covers: tick at least one thing they may be told.", REF));
        }
        if (draft.expiresOn() != null && draft.expiresOn().isBefore(today)) {
            problems.add(new Violation("Expires", "third-party.expired", "Expires: that date has passed; record current authority"
                    + " only, or leave it empty if the authority has no end date.", REF));
        }
        return problems;
    }
}
