package org.custodian.core.intake;

import static org.custodian.core.store.schema.Tables.CONSENT;
import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.store.schema.Tables.INTERACTION;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.core.customers.ConsentRecord;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.Interaction;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventLog;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.MarketingChannel;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeServiceTest {

    @TempDir
    Path dir;


    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Script script(String id) {
        return ws.scripts().scripts().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private IntakeForm form(String scriptId, Map<String, String> answers, ConsentCapture consent) {
        return new IntakeForm(script(scriptId), answers, consent, clock.now.minusSeconds(120));
    }

    private ConsentCapture consentFor(String scriptId, boolean given) {
        String wording = ws.scripts().purposeOf(script(scriptId)).consentWording().version();
        return new ConsentCapture(wording, given, ConsentMethod.VERBAL, clock.now.minusSeconds(100));
    }

    private static Map<String, String> newCustomer() {
        return Map.of("nature", "Open an account", "name", "Sam Sample", "dob", "14/03/1985", "phone", "07700 900123",
                "email", "sam.sample@example.com", "postcode", "sw1a1aa", "address", "1 Example Street",
                "actions", "Account opened", "outcome", "Customer happy");
    }

    private CustomerRecords records() {
        return new CustomerRecords(ws.store().rowMac());
    }

    @Test
    void aNewCustomerIsSavedWithContactPointsInteractionAndEventsInOneGo() {
        IntakeReview review = ws.intake().review(ws.session(), form("new-customer", newCustomer(), null));
        assertEquals("07700 900123", review.readBack().stream().filter(l -> l.field() == Field.PHONE).findFirst().orElseThrow().value());
        assertEquals("14 March 1985", review.readBack().stream().filter(l -> l.field() == Field.DATE_OF_BIRTH).findFirst().orElseThrow().value());
        assertEquals(List.of(), review.duplicates());
        assertEquals(List.of(Field.NATURE_OF_ENQUIRY, Field.FULL_NAME, Field.DATE_OF_BIRTH, Field.PHONE, Field.EMAIL,
                Field.POSTCODE, Field.ADDRESS, Field.ACTIONS_TAKEN, Field.OUTCOME),
                review.readBack().stream().map(IntakeReview.Line::field).toList(), "in the order the script asked");

        SavedIntake saved = ws.intake().save(ws.session(), form("new-customer", newCustomer(), null), null, true);
        assertTrue(saved.newCustomer());
        assertTrue(saved.reference().startsWith("CU-"));
        var customer = ws.customers().open(ws.session(), saved.reference(), "test").orElseThrow();
        assertEquals("SW1A 1AA", customer.postcode());
        assertEquals(java.time.LocalDate.of(1985, 3, 14), customer.dateOfBirth());
        List<ContactPoint> points = records().contactPoints(ws.store().dsl(), saved.customerId());
        assertEquals(List.of("+447700900123", "sam.sample@example.com"), points.stream().map(ContactPoint::value).toList());
        Interaction interaction = records().interactions(ws.store().dsl(), saved.customerId()).get(0);
        assertEquals("Open an account", interaction.nature());
        assertEquals("Account opened", interaction.actionsTaken());
        assertEquals("new-customer", interaction.scriptId());
        assertEquals(1, interaction.scriptVersion());
        assertEquals("account-management", interaction.purposeCode());
        assertEquals(Instant.parse("2026-11-24T09:58:00Z"), interaction.startedAt());
        List<String> actions = ws.store().dsl().select(EVENT.ACTION).from(EVENT).fetch(EVENT.ACTION);
        assertTrue(actions.containsAll(List.of("CUSTOMER_CREATED", "CONTACT_POINT_ADDED", "INTAKE_SAVED")));
        assertFalse(ws.store().dsl().select(EVENT.DETAILS).from(EVENT).fetch(EVENT.DETAILS).stream()
                .anyMatch(d -> d.contains("Sam") || d.contains("7700")), "events hold no personal data");
        assertInstanceOf(ChainVerification.Intact.class, new EventLog(clock).verify(ws.store().dsl()));
    }

    @Test
    void marketingConsentIsRecordedBeforeDetailsPerChannelWithWordingVersionAndMethod() {
        Map<String, String> answers = Map.of("name", "Kim Example", "phone", "07700 900456", "by-phone", "yes", "by-email", "no",
                "by-post", "no", "by-sms", "yes", "email", "ignored@example.com", "nature", "Wants offers by text",
                "actions", "Recorded choices");
        assertThrows(InvalidInputException.class, () -> ws.intake().review(ws.session(), form("marketing-preferences", answers, null)),
                "no consent, no personal data");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> ws.intake().save(ws.session(), form("marketing-preferences", answers, null), null, true));
        assertEquals("consent.missing", missing.violations().get(0).code());

        SavedIntake saved = ws.intake().save(ws.session(), form("marketing-preferences", answers, consentFor("marketing-preferences", true)), null, true);
        List<ConsentRecord> consents = records().consents(ws.store().dsl(), saved.customerId());
        assertEquals(4, consents.size());
        Map<MarketingChannel, ConsentRecord.Status> byChannel = new HashMap<>();
        consents.forEach(c -> byChannel.put(c.channel(), c.status()));
        assertEquals(Map.of(MarketingChannel.PHONE, ConsentRecord.Status.GIVEN, MarketingChannel.EMAIL, ConsentRecord.Status.REFUSED,
                MarketingChannel.POST, ConsentRecord.Status.REFUSED, MarketingChannel.SMS, ConsentRecord.Status.GIVEN), byChannel);
        ConsentRecord first = consents.get(0);
        assertEquals(ConsentMethod.VERBAL, first.method());
        assertEquals("marketing-2026-11", first.wordingVersion());
        assertEquals(Instant.parse("2026-11-24T09:58:20Z"), first.recordedAt());
        assertEquals("marketing-preferences", first.scriptId());
        assertTrue(records().contactPoints(ws.store().dsl(), saved.customerId()).stream()
                .noneMatch(p -> p.kind() == ContactPoint.Kind.EMAIL), "the email step was skipped, so its answer is not kept");
    }

    @Test
    void sayingNoLaterToAChannelOnceAgreedIsRecordedAsAWithdrawalTheSameWay() {
        Map<String, String> first = Map.of("name", "Kim Example", "phone", "07700 900456", "by-phone", "yes", "by-email", "no",
                "by-post", "no", "by-sms", "yes", "nature", "Wants offers", "actions", "Recorded choices");
        SavedIntake saved = ws.intake().save(ws.session(), form("marketing-preferences", first, consentFor("marketing-preferences", true)), null, true);
        Map<String, String> later = new HashMap<>(first);
        later.put("by-sms", "no");
        later.put("nature", "No more texts");
        ws.intake().save(ws.session(), form("marketing-preferences", later, consentFor("marketing-preferences", true)), saved.customerId(), true);

        List<ConsentRecord> consents = records().consents(ws.store().dsl(), saved.customerId());
        assertEquals(8, consents.size(), "history is kept: four answers, then four more");
        Map<MarketingChannel, ConsentRecord.Status> latest = new HashMap<>();
        consents.forEach(c -> latest.put(c.channel(), c.status()));
        assertEquals(ConsentRecord.Status.WITHDRAWN, latest.get(MarketingChannel.SMS));
        assertEquals(ConsentRecord.Status.GIVEN, latest.get(MarketingChannel.PHONE));
        assertEquals(ConsentRecord.Status.REFUSED, latest.get(MarketingChannel.POST), "never given, so refused again, not withdrawn");
        ConsentRecord withdrawal = consents.stream().filter(c -> c.status() == ConsentRecord.Status.WITHDRAWN).findFirst().orElseThrow();
        assertEquals(ConsentMethod.VERBAL, withdrawal.method());
        assertEquals("marketing-2026-11", withdrawal.wordingVersion());
    }

    @Test
    void aRefusedConsentBlocksPersonalData() {
        Map<String, String> answers = Map.of("name", "Kim Example", "phone", "07700 900456", "by-phone", "no", "by-email", "no",
                "by-post", "no", "by-sms", "no", "nature", "x", "actions", "y");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ws.intake().review(ws.session(), form("marketing-preferences", answers, consentFor("marketing-preferences", false))));
        assertEquals("consent.refused", refused.violations().get(0).code());
    }

    @Test
    void aComplaintKeepsListenApologiseSolveThankInItsInteraction() {
        Map<String, String> answers = Map.of("name", "Alex Sample", "phone", "0113 496 0000", "complaint", "Engineer did not arrive",
                "apology", "yes", "resolution", "Escalated to field team", "follow-up", "01/12/2026", "nature", "Missed appointment",
                "actions", "Apologised and escalated", "outcome", "Follow-up booked");
        SavedIntake saved = ws.intake().save(ws.session(), form("complaint", answers, null), null, true);
        Interaction interaction = records().interactions(ws.store().dsl(), saved.customerId()).get(0);
        assertEquals("COMPLAINT", interaction.enquiryType());
        assertEquals(Map.of(Field.COMPLAINT, "Engineer did not arrive", Field.APOLOGY_GIVEN, "yes",
                Field.RESOLUTION, "Escalated to field team", Field.FOLLOW_UP_DATE, "2026-12-01"), interaction.otherAnswers());
    }

    @Test
    void anInvalidPhoneBlocksItsStepWithAFieldNamedMessage() {
        Map<String, String> answers = new HashMap<>(newCustomer());
        answers.put("phone", "07700 9001");
        List<Violation> problems = ws.intake().checkStep(script("new-customer"), "contact", answers);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("Phone number: "), problems.get(0).message());
        assertEquals(List.of(), ws.intake().checkStep(script("new-customer"), "contact", newCustomer()));
        answers.remove("phone");
        assertEquals("answer.missing", ws.intake().checkStep(script("new-customer"), "contact", answers).get(0).code());
    }

    @Test
    void nothingIsSavedWithoutTheReadBackOrWhenAnythingIsInvalid() {
        assertThrows(InvalidInputException.class, () -> ws.intake().save(ws.session(), form("new-customer", newCustomer(), null), null, false));
        Map<String, String> bad = new HashMap<>(newCustomer());
        bad.put("dob", "31/02/1985");
        assertThrows(InvalidInputException.class, () -> ws.intake().save(ws.session(), form("new-customer", bad, null), null, true));
        assertEquals(0, ws.store().dsl().fetchCount(CUSTOMER));
        assertEquals(0, ws.store().dsl().fetchCount(INTERACTION));
        assertEquals(0, ws.store().dsl().fetchCount(CONSENT));
    }

    @Test
    void aLikelyDuplicateIsSuggestedAndLinkingAddsToItWithHistory() {
        SavedIntake first = ws.intake().save(ws.session(), form("new-customer", newCustomer(), null), null, true);
        Map<String, String> again = new HashMap<>(newCustomer());
        again.put("name", "Samm Sample");
        again.put("phone", "07700 900999");
        again.put("email", "other@example.com");
        again.put("postcode", "SW1A 2AA");
        IntakeReview review = ws.intake().review(ws.session(), form("new-customer", again, null));
        assertEquals(1, review.duplicates().size());
        IntakeReview.DuplicateCandidate candidate = review.duplicates().get(0);
        assertEquals(first.reference(), candidate.reference());
        assertEquals("similar name, same date of birth", candidate.reason());
        assertEquals("SW1A", candidate.outwardPostcode());
        assertEquals("••••• •••123", candidate.maskedPhone());

        SavedIntake linked = ws.intake().save(ws.session(), form("new-customer", again, null), candidate.customerId(), true);
        assertFalse(linked.newCustomer());
        assertEquals(first.customerId(), linked.customerId());
        assertEquals(1, ws.store().dsl().fetchCount(CUSTOMER));
        assertEquals(2, records().interactions(ws.store().dsl(), first.customerId()).size());
        assertEquals(4, records().contactPoints(ws.store().dsl(), first.customerId()).size());
        assertEquals(2, records().historyCount(ws.store().dsl(), first.customerId()), "name and postcode changed, old values kept");
        assertEquals("SW1A 2AA", ws.customers().open(ws.session(), first.reference(), "test").orElseThrow().postcode());
    }

    @Test
    void samePhoneIsADuplicateWhateverTheName() {
        ws.intake().save(ws.session(), form("new-customer", newCustomer(), null), null, true);
        Map<String, String> other = new HashMap<>(newCustomer());
        other.put("name", "Jo Different");
        other.put("dob", "01/01/1990");
        other.put("phone", "+44 7700 900123");
        assertEquals("same phone number", ws.intake().review(ws.session(), form("new-customer", other, null)).duplicates().get(0).reason());
    }

    @Test
    void aParkedCallResumesWhereItStoppedAndExpiresAfter24Hours() {
        IntakeForm partial = form("complaint", Map.of("name", "Alex Sample", "phone", "07700 900321"), null);
        long id = ws.drafts().park(ws.session(), partial, "listen");
        assertEquals(1, ws.drafts().mine(ws.session()).size());
        assertEquals("Complaint", ws.drafts().mine(ws.session()).get(0).label());
        DraftService.Resumed resumed = ws.drafts().resume(ws.session(), id).orElseThrow();
        assertEquals("listen", resumed.stepId());
        assertEquals(partial.answers(), resumed.form().answers());
        assertEquals(partial.startedAt(), resumed.form().startedAt());
        assertEquals(0, ws.drafts().mine(ws.session()).size(), "resuming takes it off the parked list");

        ws.drafts().park(ws.session(), partial, "listen");
        clock.now = clock.now.plus(Duration.ofHours(24)).plusSeconds(1);
        assertEquals(0, ws.drafts().mine(ws.session()).size());
        assertEquals(1, ws.drafts().purgeExpired());
    }

    @Test
    void theAdversarialCorpusIsSavedExactlyOrRefusedThroughTheWholeIntake() {
        int saved = 0;
        int refused = 0;
        for (String value : org.custodian.core.validation.AdversarialCorpusTestAccess.corpus()) {
            for (String question : List.of("name", "nature", "address", "postcode", "phone", "email", "dob")) {
                Map<String, String> answers = new HashMap<>(newCustomer());
                answers.put(question, value);
                try {
                    SavedIntake result = ws.intake().save(ws.session(), form("new-customer", answers, null), null, true);
                    saved++;
                    var customer = ws.customers().open(ws.session(), result.reference(), "test").orElseThrow();
                    Interaction interaction = records().interactions(ws.store().dsl(), result.customerId()).get(0);
                    Map<Field, String> expected = IntakeChecks.values(script("new-customer"), answers, ws.intake().today());
                    assertEquals(expected.get(Field.FULL_NAME), customer.fullName());
                    assertEquals(expected.get(Field.ADDRESS), customer.address());
                    assertEquals(expected.get(Field.POSTCODE), customer.postcode());
                    assertEquals(expected.get(Field.NATURE_OF_ENQUIRY), interaction.nature());
                } catch (InvalidInputException e) {
                    refused++;
                    assertFalse(e.violations().isEmpty());
                    assertTrue(e.violations().get(0).message().contains(": "));
                }
            }
        }
        assertTrue(saved > 0 && refused > 0, "saved=" + saved + " refused=" + refused);
        assertInstanceOf(ChainVerification.Intact.class, new EventLog(clock).verify(ws.store().dsl()));
    }
}
