package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import static org.custodian.core.store.schema.Tables.DISCLOSURE;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.store.schema.Tables.SECURITY_QUESTION;
import static org.custodian.core.gdpr.VerificationItem.*;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.core.auth.Role;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.supply.SupplyService.DisclosureOutcome;
import org.custodian.core.supply.SupplyService.DisclosureRequest;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.jooq.Record3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplyServiceTest {

    private static final String ACCOUNT = "account-management";
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Custodian custodian;
    private Workspace ws;
    private long customerId;
    private String reference;

    @BeforeEach
    void open() {
        custodian = custodian(dir, clock);
        ws = setUp(custodian);
        var script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        var saved = ws.intake().save(ws.session(), new IntakeForm(script, Map.of("nature", "Open an account", "name", "Sam Sample",
                "dob", "14/03/1985", "phone", "07700 900123", "email", "sam.sample@example.com", "postcode", "sw1a1aa",
                "address", "1 Example Street", "actions", "Account opened", "outcome", "Customer happy"), null,
                clock.now.minusSeconds(60)), null, true);
        customerId = saved.customerId();
        reference = saved.reference();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private SupplyService supply() {
        return ws.supply();
    }

    private org.jooq.Result<Record3<String, String, String>> events(String... actions) {
        return ws.store().dsl().select(EVENT.ACTION, EVENT.PURPOSE, EVENT.DETAILS).from(EVENT).where(EVENT.ACTION.in(actions))
                .orderBy(EVENT.SEQ).fetch();
    }

    private CallerCheckService.CheckResult check(Long call, Map<VerificationItem, String> typed) {
        return ws.callerChecks().verify(ws.session(), customerId, ACCOUNT, call, typed);
    }

    private long verifiedCall() {
        var result = check(null, Map.of(DATE_OF_BIRTH, "14 March 1985", POSTCODE, "sw1a1aa"));
        assertInstanceOf(VerificationVerdict.Passed.class, result.verdict());
        return result.callId();
    }

    @Test
    void aPassedCheckIsAnEventNamingTheItemsAskedNeverTheAnswers() {
        long call = verifiedCall();
        var passed = events("CALLER_VERIFIED");
        assertEquals(1, passed.size());
        assertEquals(ACCOUNT, passed.get(0).value2());
        assertEquals("asked=DATE_OF_BIRTH+POSTCODE;call=" + call, passed.get(0).value3());
        assertTrue(supply().overview(ws.session(), customerId, ACCOUNT, call).call().verified());
    }

    @Test
    void theThirdFailedCheckOnACallFlagsTheRecordAndBlocksDisclosureUntilATeamLeadClearsIt() {
        var first = check(null, Map.of(DATE_OF_BIRTH, "15/03/1985", POSTCODE, "SW1A 1AA"));
        long call = first.callId();
        assertEquals(new VerificationVerdict.Failed(Set.of(DATE_OF_BIRTH, POSTCODE), 1, false), first.verdict());
        check(call, Map.of(PHONE_LAST_FOUR, "9999", POSTCODE, "SW1A 1AA"));
        var third = check(call, Map.of(POSTCODE, "M1 1AE"));
        assertEquals(new VerificationVerdict.Failed(Set.of(POSTCODE), 3, true), third.verdict());

        var fourth = assertThrows(InvalidInputException.class, () -> check(call, Map.of(DATE_OF_BIRTH, "14/03/1985", POSTCODE, "SW1A 1AA")));
        assertEquals("verify.exhausted", fourth.violations().get(0).code());
        assertEquals(List.of("CALLER_VERIFICATION_FAILED", "CALLER_VERIFICATION_FAILED", "CALLER_VERIFICATION_FAILED", "RECORD_FLAGGED"),
                events("CALLER_VERIFICATION_FAILED", "RECORD_FLAGGED", "CALLER_VERIFIED").map(r -> r.value1()));
        assertEquals("asked=POSTCODE;call=" + call + ";failed=3", events("CALLER_VERIFICATION_FAILED").get(2).value3());

        // a new call (the record reopened) passes the check but still may not disclose while the flag stands
        long next = verifiedCall();
        var refused = supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, next, new Recipient.Customer(),
                Set.of(DisclosureItem.ADDRESS)));
        assertTrue(assertInstanceOf(DisclosureOutcome.Refused.class, refused).reason().contains("until a team lead clears the flag"));
        assertNotNull(supply().overview(ws.session(), customerId, ACCOUNT, next).flag());

        ws.users().add(ws.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        ws.close();
        try (Workspace agent = custodian.logIn(AGENT, pw(AGENT_PASSWORD))) {
            assertThrows(AccessDeniedException.class, () -> agent.callerChecks().clearFlag(agent.session(), customerId, "Spoke to the customer"));
        }
        ws = custodian.logIn(LEAD, pw(LEAD_PASSWORD));
        var noNote = assertThrows(InvalidInputException.class, () -> ws.callerChecks().clearFlag(ws.session(), customerId, " "));
        assertEquals("Note", noNote.violations().get(0).field());
        ws.callerChecks().clearFlag(ws.session(), customerId, "Customer rang back from the number on file; they had misremembered their postcode.");
        assertNull(supply().overview(ws.session(), customerId, ACCOUNT, null).flag());
        long again = verifiedCall();
        assertInstanceOf(DisclosureOutcome.Supplied.class, supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT,
                again, new Recipient.Customer(), Set.of(DisclosureItem.ADDRESS))));
        assertEquals(1, events("RECORD_FLAG_CLEARED").size());
    }

    @Test
    void tooFewAnswersAreNotCountedAsAFailure() {
        var result = check(null, Map.of(POSTCODE, "SW1A 1AA"));
        assertEquals(new VerificationVerdict.Incomplete(Set.of(POSTCODE), 1), result.verdict());
        assertEquals(0, supply().overview(ws.session(), customerId, ACCOUNT, result.callId()).call().failedChecks());
        assertTrue(events("CALLER_VERIFIED", "CALLER_VERIFICATION_FAILED").isEmpty());
    }

    @Test
    void aTypingSlipNamesTheFieldAndCountsForNothing() {
        var slip = assertThrows(InvalidInputException.class, () -> check(null, Map.of(PHONE_LAST_FOUR, "123")));
        assertEquals("Last four digits of the phone number: type exactly four digits.", slip.violations().get(0).message());
        assertTrue(events("CALLER_VERIFICATION_FAILED").isEmpty());
    }

    @Test
    void aVerifiedCallerIsToldTheirDetailsAndTheDisclosureIsRegistered() {
        long call = verifiedCall();
        clock.now = clock.now.plusSeconds(90);
        var outcome = supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, call, new Recipient.Customer(),
                Set.of(DisclosureItem.ADDRESS, DisclosureItem.PHONE)));
        var supplied = assertInstanceOf(DisclosureOutcome.Supplied.class, outcome);
        assertEquals(List.of(new SuppliedValue(DisclosureItem.PHONE, "07700 900123"), new SuppliedValue(DisclosureItem.ADDRESS,
                "1 Example Street")), supplied.values());

        var register = supply().overview(ws.session(), customerId, ACCOUNT, call).disclosures();
        assertEquals(1, register.size());
        var line = register.get(0);
        assertEquals("The customer", line.recipient());
        assertEquals(List.of(DisclosureItem.PHONE, DisclosureItem.ADDRESS), line.items());
        assertEquals(LawfulBasis.CONTRACT, line.basis());
        assertEquals(LEAD_NAME, line.agent());
        assertEquals(clock.now, line.disclosedAt());
        assertEquals(reference, line.customerReference());
        var made = events("DISCLOSURE_MADE");
        assertEquals("basis=CONTRACT;disclosure=" + supplied.disclosureId() + ";items=PHONE+ADDRESS;recipient=CUSTOMER", made.get(0).value3());
        assertInstanceOf(ChainVerification.Intact.class, ws.audit().verify(ws.session()));
    }

    @Test
    void aRefusedDisclosureIsRecordedWithItsReasonCodeAndRegistersNothing() {
        var refused = supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, null, new Recipient.Customer(),
                Set.of(DisclosureItem.ADDRESS)));
        assertEquals("The caller has not passed the identity check on this call; check their identity first.",
                assertInstanceOf(DisclosureOutcome.Refused.class, refused).reason());
        assertEquals("reason=disclose.unverified;recipient=CUSTOMER", events("DISCLOSURE_REFUSED").get(0).value3());
        assertEquals(0, ws.store().dsl().fetchCount(DISCLOSURE));
    }

    @Test
    void aThirdPartyWithAuthorityIsToldWithinScopeUntilItExpires() {
        var recipient = new Recipient.ThirdPartyRecipient(0);
        long call = verifiedCall();
        supply().addThirdParty(ws.session(), customerId, ACCOUNT, call, new NewThirdParty("Jordan Example",
                AuthorityType.LASTING_POWER_OF_ATTORNEY, EvidenceType.OPG_REGISTER, "LPA checked online", Set.of(DisclosureItem.ADDRESS),
                LocalDate.of(2026, 11, 30)));
        var party = supply().overview(ws.session(), customerId, ACCOUNT, call).thirdParties().get(0);
        assertEquals(ThirdParty.Status.ACTIVE, party.status());
        recipient = new Recipient.ThirdPartyRecipient(party.id());

        assertInstanceOf(DisclosureOutcome.Supplied.class, supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, call,
                recipient, Set.of(DisclosureItem.ADDRESS))));
        assertEquals("Jordan Example's authority does not cover the date of birth.", ((DisclosureOutcome.Refused) supply().disclose(
                ws.session(), new DisclosureRequest(customerId, ACCOUNT, call, recipient, Set.of(DisclosureItem.DATE_OF_BIRTH)))).reason());

        clock.now = Instant.parse("2026-12-01T09:00:00Z");
        assertEquals(ThirdParty.Status.EXPIRED, supply().overview(ws.session(), customerId, ACCOUNT, null).thirdParties().get(0).status());
        assertInstanceOf(DisclosureOutcome.Refused.class, supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT,
                verifiedCall(), recipient, Set.of(DisclosureItem.ADDRESS))));
        var register = supply().overview(ws.session(), customerId, ACCOUNT, null).disclosures();
        assertEquals(1, register.size());
        assertEquals("Jordan Example", register.get(0).recipient());
        assertEquals("Lasting power of attorney", register.get(0).relation());
        assertEquals("authority=LASTING_POWER_OF_ATTORNEY;evidence=OPG_REGISTER;scope=ADDRESS;thirdParty=" + party.id(),
                events("THIRD_PARTY_ADDED").get(0).value3());
    }

    @Test
    void aNamedRepresentativeOnTheCustomersWordNeedsAVerifiedCall() {
        NewThirdParty representative = new NewThirdParty("Robin Example", AuthorityType.NAMED_REPRESENTATIVE,
                EvidenceType.CUSTOMER_INSTRUCTION, null, Set.of(DisclosureItem.INTERACTION_HISTORY), null);
        var refused = assertThrows(InvalidInputException.class, () -> supply().addThirdParty(ws.session(), customerId, ACCOUNT, null,
                representative));
        assertEquals("third-party.unverified", refused.violations().get(0).code());
        supply().addThirdParty(ws.session(), customerId, ACCOUNT, verifiedCall(), representative);
        assertEquals(1, supply().overview(ws.session(), customerId, ACCOUNT, null).thirdParties().size());
    }

    @Test
    void anotherOrganisationIsToldOnlyWithARecordedBasisAndTheRegisterIsSearchable() {
        var courier = new Recipient.Organisation("Example Couriers Ltd", "Delivering the replacement card", LawfulBasis.CONTRACT);
        assertInstanceOf(DisclosureOutcome.Supplied.class, supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, null,
                courier, Set.of(DisclosureItem.ADDRESS, DisclosureItem.POSTCODE))));
        assertInstanceOf(DisclosureOutcome.Refused.class, supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, null,
                new Recipient.Organisation("Example Couriers Ltd", "Delivering", null), Set.of(DisclosureItem.ADDRESS))));

        var byReference = supply().register(ws.session(), new SupplyService.RegisterQuery(reference.toLowerCase(), null, null));
        assertEquals(1, byReference.size());
        assertEquals("Delivering the replacement card", byReference.get(0).basisNote());
        assertEquals(1, supply().register(ws.session(), new SupplyService.RegisterQuery("couriers", null, null)).size());
        assertEquals(0, supply().register(ws.session(), new SupplyService.RegisterQuery("", LocalDate.of(2026, 11, 25), null)).size());
        assertEquals(1, supply().register(ws.session(), new SupplyService.RegisterQuery("", LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 24))).size());
        assertEquals(4, events("DISCLOSURE_REGISTER_SEARCHED").size());
    }

    @Test
    void theSecurityAnswerIsKeptOnlyAsAKeyedHashAndChecksTheCaller() {
        long call = verifiedCall();
        ws.callerChecks().setSecurityQuestion(ws.session(), customerId, ACCOUNT, call, "Name of your first pet?", "Rex the dog");
        byte[] stored = ws.store().dsl().select(SECURITY_QUESTION.ANSWER_HASH).from(SECURITY_QUESTION).fetchOne().value1();
        assertEquals(32, stored.length);
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("rex"));
        assertEquals("Name of your first pet?", supply().overview(ws.session(), customerId, ACCOUNT, null).securityQuestion());

        assertInstanceOf(VerificationVerdict.Passed.class, check(null, Map.of(SECURITY_ANSWER, "REX THE DOG", POSTCODE, "SW1A 1AA")).verdict());
        assertInstanceOf(VerificationVerdict.Failed.class, check(null, Map.of(SECURITY_ANSWER, "Rex the cat", POSTCODE, "SW1A 1AA")).verdict());
        assertThrows(InvalidInputException.class, () -> ws.callerChecks().setSecurityQuestion(ws.session(), customerId, ACCOUNT, null, "Q?", "A"),
                "only on a verified call");
    }

    @Test
    void theOrganisationChoosesTheCheck() {
        assertThrows(InvalidInputException.class, () -> ws.settings().setVerificationPolicy(ws.session(), EnumSet.of(POSTCODE), 2));
        ws.settings().setVerificationPolicy(ws.session(), EnumSet.of(DATE_OF_BIRTH, POSTCODE), 2);
        assertEquals(List.of(DATE_OF_BIRTH, POSTCODE), supply().overview(ws.session(), customerId, ACCOUNT, null).askable());
        assertEquals(new VerificationVerdict.Incomplete(Set.of(POSTCODE), 1),
                check(null, Map.of(POSTCODE, "SW1A 1AA", PHONE_LAST_FOUR, "0123")).verdict());
    }

    @Test
    void aChangedByteInTheRegisterIsReportedNotShown() {
        supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, null, new Recipient.Organisation("Example Couriers Ltd",
                "Delivering the replacement card", LawfulBasis.CONTRACT), Set.of(DisclosureItem.ADDRESS)));
        ws.store().dsl().update(DISCLOSURE).set(DISCLOSURE.ITEMS, "ADDRESS,DATE_OF_BIRTH").execute();
        assertThrows(IntegrityException.class, () -> supply().overview(ws.session(), customerId, ACCOUNT, null));
    }
}
