package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import static org.custodian.core.supply.DisclosureItem.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.gdpr.Purpose;
import org.junit.jupiter.api.Test;

class DisclosureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Purpose ACCOUNT = new Purpose("account-management", 1, "Running the account", LawfulBasis.CONTRACT, null,
            Set.of(Field.FULL_NAME, Field.DATE_OF_BIRTH, Field.PHONE, Field.EMAIL, Field.ADDRESS, Field.POSTCODE), null);
    private static final Purpose SERVICE = new Purpose("customer-service", 1, "Customer service", LawfulBasis.LEGITIMATE_INTERESTS,
            null, Set.of(Field.FULL_NAME, Field.PHONE, Field.POSTCODE), null);
    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private static final CallState VERIFIED = new CallState(1, 7, 2, "account-management", START, 0, START.plusSeconds(30),
            Set.of(VerificationItem.POSTCODE, VerificationItem.DATE_OF_BIRTH));
    private static final CallState UNVERIFIED = new CallState(1, 7, 2, "account-management", START, 1, null, Set.of());
    private static final CallState EXHAUSTED = new CallState(1, 7, 2, "account-management", START, 3, null, Set.of());
    private static final Recipient.Customer CUSTOMER = new Recipient.Customer();

    private static ThirdParty attorney(LocalDate expires, Instant revoked, Set<DisclosureItem> scope) {
        return new ThirdParty(5, 7, "Jordan Example", AuthorityType.LASTING_POWER_OF_ATTORNEY, EvidenceType.OPG_REGISTER, null,
                scope, expires, START, 1, revoked, revoked == null ? null : 1L);
    }

    private static String refusal(DisclosureDecision decision) {
        return assertInstanceOf(DisclosureDecision.Refused.class, decision).code();
    }

    @Test
    void aVerifiedCallerIsToldWhatThePurposeNeedsOnThePurposesBasis() {
        var decision = DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS, DATE_OF_BIRTH), CUSTOMER, VERIFIED, false, null, TODAY);
        assertEquals(new DisclosureDecision.Allowed(LawfulBasis.CONTRACT, "The customer", "The customer"), decision);
    }

    @Test
    void nothingChosenIsRefused() {
        assertEquals("disclose.nothing", refusal(DisclosureRules.decide(ACCOUNT, Set.of(), CUSTOMER, VERIFIED, false, null, TODAY)));
    }

    @Test
    void anItemThePurposeDoesNotNeedIsRefusedNamingIt() {
        var refused = (DisclosureDecision.Refused) DisclosureRules.decide(SERVICE, Set.of(EMAIL, ADDRESS), CUSTOMER, VERIFIED, false,
                null, TODAY);
        assertEquals("disclose.purpose", refused.code());
        assertEquals("\"Customer service\" does not need the email addresses and address; reopen the record for a purpose that does.",
                refused.reason());
        assertInstanceOf(DisclosureDecision.Allowed.class, DisclosureRules.decide(SERVICE, Set.of(INTERACTION_HISTORY, POSTCODE),
                CUSTOMER, VERIFIED, false, null, TODAY), "histories go with every purpose");
    }

    @Test
    void aCallerWhoHasNotPassedTheCheckIsToldNothing() {
        assertEquals("disclose.unverified", refusal(DisclosureRules.decide(ACCOUNT, Set.of(POSTCODE), CUSTOMER, null, false, null, TODAY)));
        assertEquals("disclose.unverified", refusal(DisclosureRules.decide(ACCOUNT, Set.of(POSTCODE), CUSTOMER, UNVERIFIED, false, null,
                TODAY)));
    }

    @Test
    void threeFailedChecksOrAnOpenFlagBlockEvenAVerifiedCall() {
        assertEquals("disclose.flagged", refusal(DisclosureRules.decide(ACCOUNT, Set.of(POSTCODE), CUSTOMER, EXHAUSTED, false, null, TODAY)));
        assertEquals("disclose.flagged", refusal(DisclosureRules.decide(ACCOUNT, Set.of(POSTCODE), CUSTOMER, VERIFIED, true, null, TODAY)));
    }

    @Test
    void aThirdPartyIsToldOnlyWithinScopeAndBeforeExpiry() {
        ThirdParty party = attorney(TODAY, null, Set.of(ADDRESS, INTERACTION_HISTORY));
        var recipient = new Recipient.ThirdPartyRecipient(5);
        assertEquals(new DisclosureDecision.Allowed(LawfulBasis.CONTRACT, "Jordan Example", "Lasting power of attorney"),
                DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS), recipient, VERIFIED, false, party, TODAY), "valid through its expiry day");

        var outOfScope = (DisclosureDecision.Refused) DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS, DATE_OF_BIRTH), recipient, VERIFIED,
                false, party, TODAY);
        assertEquals("Jordan Example's authority does not cover the date of birth.", outOfScope.reason());

        var expired = (DisclosureDecision.Refused) DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS), recipient, VERIFIED, false, party,
                TODAY.plusDays(1));
        assertEquals("disclose.authority-expired", expired.code());
        assertTrue(expired.reason().contains("expired on 24 November 2026"), expired.reason());

        assertEquals("disclose.authority-withdrawn", refusal(DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS), recipient, VERIFIED, false,
                attorney(null, START, Set.of(ADDRESS)), TODAY)));
        assertEquals("disclose.no-authority", refusal(DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS), recipient, VERIFIED, false, null,
                TODAY)));
        assertEquals("disclose.unverified", refusal(DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS), recipient, null, false, party,
                TODAY)), "the caller speaking as the third party still passes the check");
    }

    @Test
    void anotherOrganisationNeedsANameALawfulBasisAndAReason() {
        assertEquals("disclose.org-name", refusal(DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS),
                new Recipient.Organisation(" ", "delivery", LawfulBasis.CONTRACT), null, false, null, TODAY)));
        assertEquals("disclose.org-basis", refusal(DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS),
                new Recipient.Organisation("Example Couriers", "delivery", null), null, false, null, TODAY)));
        assertEquals("disclose.org-reason", refusal(DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS),
                new Recipient.Organisation("Example Couriers", "", LawfulBasis.CONTRACT), null, false, null, TODAY)));
        assertEquals(new DisclosureDecision.Allowed(LawfulBasis.CONTRACT, "Example Couriers", "Delivering the replacement card"),
                DisclosureRules.decide(ACCOUNT, Set.of(ADDRESS), new Recipient.Organisation(" Example Couriers ",
                        "Delivering the replacement card", LawfulBasis.CONTRACT), null, true, null, TODAY),
                "an organisation is not the caller: the identity check and the caller flag do not apply");
    }

    @Test
    void availableItemsFollowThePurpose() {
        assertEquals(EnumSet.of(PHONE, POSTCODE, INTERACTION_HISTORY, CONSENT_HISTORY), DisclosureRules.available(SERVICE));
    }
}
