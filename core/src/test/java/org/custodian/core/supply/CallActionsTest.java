package org.custodian.core.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.supply.CallActions.Action;
import org.junit.jupiter.api.Test;

class CallActionsTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    private static CallState call(int failed, VerificationItem... passedOn) {
        return new CallState(7, 1, 2, "account-management", AT, failed, passedOn.length == 0 ? null : AT, Set.of(passedOn));
    }

    private static DisclosureEntry told(DisclosureEntry.RecipientKind kind, DisclosureItem... items) {
        return new DisclosureEntry(1, 1, 7L, kind, "x", "x", null, Set.of(items), LawfulBasis.CONTRACT, null, "account-management", 2, AT);
    }

    @Test
    void aVerifiedCallNamesTheItemsCheckedAndWhatWasToldToWhom() {
        var summary = CallActions.summarise(new CallActions.Facts(call(1, VerificationItem.POSTCODE, VerificationItem.DATE_OF_BIRTH),
                List.of(told(DisclosureEntry.RecipientKind.CUSTOMER, DisclosureItem.ADDRESS),
                        told(DisclosureEntry.RecipientKind.CUSTOMER, DisclosureItem.EMAIL, DisclosureItem.ADDRESS),
                        told(DisclosureEntry.RecipientKind.ORGANISATION, DisclosureItem.ADDRESS)), true, 0, 1, 2));
        assertEquals("Identity checked on date of birth and postcode after 1 failed check. Disclosed email addresses and address to the"
                + " customer. Disclosed address to another organisation. Security question set. One third party's authority withdrawn."
                + " Handed over 2 times.", summary.text());
        assertEquals(EnumSet.of(Action.VERIFIED, Action.DISCLOSED, Action.QUESTION_SET, Action.AUTHORITY_ENDED, Action.HANDED_OVER),
                EnumSet.copyOf(summary.actions()));
    }

    @Test
    void aCallWithoutACheckOrWithOnlyFailuresSaysSo() {
        assertEquals(new CallActions.Summary("Identity not checked.", Set.of(Action.NOT_CHECKED)),
                CallActions.summarise(new CallActions.Facts(null, List.of(), false, 0, 0, 0)));
        var failed = CallActions.summarise(new CallActions.Facts(call(3), List.of(), false, 2, 0, 1));
        assertEquals("Identity check failed 3 times; nothing disclosed to the caller. 2 third parties' authorities recorded. Handed over once.",
                failed.text());
        assertEquals("CHECK_FAILED+AUTHORITY_ADDED+HANDED_OVER", CallActions.codes(failed.actions()));
    }

    @Test
    void everyActionTogetherStillFitsOneEventDetail() {
        String all = CallActions.codes(EnumSet.complementOf(EnumSet.of(Action.CHECK_FAILED, Action.NOT_CHECKED)));
        assertEquals(true, all.length() <= 80, all);
        assertEquals(true, CallActions.codes(EnumSet.complementOf(EnumSet.of(Action.VERIFIED, Action.NOT_CHECKED))).length() <= 80);
    }
}
