package org.custodian.app.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.supply.VerificationVerdict;

/** What the agent is told after an identity check, one sentence per verdict. Never which answer was wrong. */
final class IdentityVerdicts {

    private IdentityVerdicts() {
    }

    static String sentence(VerificationVerdict verdict) {
        if (verdict instanceof VerificationVerdict.Passed p) {
            return "Identity checked: " + phrase(p.asked()) + " matched. You may disclose what this purpose needs.";
        }
        if (verdict instanceof VerificationVerdict.Failed f) {
            return f.nowFlagged() ? "Identity check failed " + f.failedChecks() + " times. Disclose nothing and end the call politely;"
                    + " the record is flagged for a team lead."
                    : "Identity check failed: an answer did not match the record. Do not say which. "
                    + (org.custodian.core.gdpr.VerificationPolicy.MAX_FAILED_CHECKS - f.failedChecks()) + " more tries on this call.";
        }
        if (verdict instanceof VerificationVerdict.Incomplete i) {
            return "Ask " + i.stillNeeded() + " more " + (i.stillNeeded() == 1 ? "item" : "items") + " before the check can pass.";
        }
        VerificationVerdict.CannotVerify c = (VerificationVerdict.CannotVerify) verdict;
        return "The record holds " + c.held() + " of the " + c.required() + " details needed to check identity. Disclose nothing.";
    }

    private static String phrase(Set<VerificationItem> items) {
        List<String> words = EnumSet.copyOf(items).stream().map(VerificationItem::phrase).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
