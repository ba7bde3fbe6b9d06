package org.custodian.core.records;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.customers.InteractionLine;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.gdpr.Field;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.intake.SavedIntake;
import org.custodian.core.rules.Violation;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.jooq.Record4;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordServiceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Custodian custodian;
    private Workspace ws;
    private long customerId;

    @BeforeEach
    void open() {
        custodian = custodian(dir, clock);
        ws = setUp(custodian);
        customerId = save(Map.of("nature", "Open an account", "name", "Sam Sample", "dob", "14/03/1985", "phone", "07700 900123",
                "email", "sam.sample@example.com", "postcode", "sw1a1aa", "address", "1 Example Street",
                "actions", "Account opened", "outcome", "Customer happy")).customerId();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private SavedIntake save(Map<String, String> answers) {
        var script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        return ws.intake().save(ws.session(), new IntakeForm(script, answers, null, clock.now.minusSeconds(60)), null, true);
    }

    private List<Record4<String, String, String, String>> events(String action) {
        return ws.store().dsl().select(EVENT.ACTION, EVENT.PURPOSE, EVENT.SUBJECT_KEY, EVENT.DETAILS).from(EVENT)
                .where(EVENT.ACTION.eq(action)).orderBy(EVENT.SEQ).fetch();
    }

    @Test
    void aRecordOpensOnlyForAPurposeAndShowsOnlyWhatThePurposeNeedsMasked() {
        RecordView view = ws.records().open(ws.session(), customerId, "customer-service");
        assertEquals(List.of(Field.FULL_NAME, Field.POSTCODE), view.fields().stream().map(RecordView.ShownField::field).toList());
        assertEquals(List.of(Field.PHONE), view.contacts().stream().map(RecordView.ShownContact::field).toList(),
                "customer service does not need the email");
        assertEquals("Sam Sample", view.fields().get(0).shown());
        assertEquals("SW1A •••", view.fields().get(1).shown());
        assertEquals("••••• •••123", view.contacts().get(0).shown());
        assertEquals(1, view.interactions().size());
        assertEquals("Open an account", view.interactions().get(0).nature());

        var opened = events("CUSTOMER_VIEWED");
        assertEquals(1, opened.size());
        assertEquals("customer-service", opened.get(0).value2());
        assertEquals(ws.store().subjectKeys().forCustomer(customerId), opened.get(0).value3());

        RecordView account = ws.records().open(ws.session(), customerId, "account-management");
        assertEquals(List.of(Field.FULL_NAME, Field.DATE_OF_BIRTH, Field.ADDRESS, Field.POSTCODE),
                account.fields().stream().map(RecordView.ShownField::field).toList());
        assertEquals("••••••", account.fields().get(1).shown());
    }

    @Test
    void anUnknownOrMissingPurposeIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ws.records().open(ws.session(), customerId, null));
        assertEquals("Purpose: choose why you are opening the record from the list.", e.violations().get(0).message());
        assertThrows(InvalidInputException.class, () -> ws.records().open(ws.session(), customerId, "curiosity"));
        assertEquals(0, events("CUSTOMER_VIEWED").size());
    }

    @Test
    void aRevealShowsTheValueAndIsLoggedWithPurposeAndField() {
        ws.records().open(ws.session(), customerId, "account-management");
        assertEquals("14 March 1985", ws.records().reveal(ws.session(), customerId, "account-management", Field.DATE_OF_BIRTH, null));
        long phoneId = ws.records().open(ws.session(), customerId, "customer-service").contacts().get(0).id();
        assertEquals("07700 900123", ws.records().reveal(ws.session(), customerId, "customer-service", Field.PHONE, phoneId));

        var reveals = events("CUSTOMER_FIELD_REVEALED");
        assertEquals(List.of("account-management", "customer-service"), reveals.stream().map(Record4::value2).toList());
        assertEquals(List.of("field=DATE_OF_BIRTH", "field=PHONE"), reveals.stream().map(Record4::value4).toList());
    }

    @Test
    void aFieldThePurposeDoesNotNeedCannotBeRevealed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ws.records().reveal(ws.session(), customerId, "customer-service", Field.DATE_OF_BIRTH, null));
        Violation v = e.violations().get(0);
        assertEquals("Purpose", v.field());
        assertTrue(v.message().contains("date of birth"), v.message());
        assertEquals(0, events("CUSTOMER_FIELD_REVEALED").size());
    }

    @Test
    void contactDetailsGoStaleAfterTheConfiguredPeriodAndReconfirmingIsLogged() {
        assertFalse(ws.records().open(ws.session(), customerId, "customer-service").hasStaleContacts());
        clock.now = clock.now.plus(Duration.ofDays(370));
        RecordView stale = ws.records().open(ws.session(), customerId, "customer-service");
        assertTrue(stale.contacts().get(0).stale());
        assertEquals(12, stale.staleAfterMonths());

        RecordView confirmed = ws.records().reconfirm(ws.session(), customerId, "customer-service", stale.contacts().get(0).id());
        assertFalse(confirmed.hasStaleContacts());
        assertEquals("kind=PHONE", events("CONTACT_POINT_RECONFIRMED").get(0).value4());

        ws.settings().setContactStaleMonths(ws.session(), 24);
        clock.now = clock.now.plus(Duration.ofDays(400));
        assertFalse(ws.records().open(ws.session(), customerId, "customer-service").hasStaleContacts());
    }

    @Test
    void whatThePurposeNeedsButTheRecordLacksIsFlagged() {
        CustomerRepository customers = new CustomerRepository(ws.store().rowMac());
        var records = new org.custodian.core.customers.CustomerRecords(ws.store().rowMac());
        long noEmail = ws.store().write(tx -> {
            long id = customers.insert(tx, "CU-JKMNPQRS", "Jo Example", clock.instant(), ws.session().userId()).id();
            records.addContactPoint(tx, id, org.custodian.core.customers.ContactPoint.Kind.PHONE, "+447700900222", clock.instant());
            return id;
        });
        RecordView view = ws.records().open(ws.session(), noEmail, "account-management");
        assertTrue(view.missing().containsAll(List.of(Field.EMAIL, Field.DATE_OF_BIRTH, Field.ADDRESS, Field.POSTCODE)), view.missing().toString());
        assertFalse(view.missing().contains(Field.PHONE));
    }

    private Rectification change(Field field, Long contactId, String value, RectificationReason reason, String note) {
        return new Rectification(customerId, "account-management", field, contactId, value, reason, note);
    }

    @Test
    void aCorrectionNeedsAReasonAndAValidValueAndChangesNothingOtherwise() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ws.records().rectify(ws.session(), change(Field.POSTCODE, null, "not a postcode", null, "")));
        assertEquals(List.of("New value", "Reason"), e.violations().stream().map(Violation::field).toList());
        assertTrue(e.violations().get(0).message().startsWith("New value: this is not a UK postcode"), e.violations().get(0).message());

        InvalidInputException other = assertThrows(InvalidInputException.class,
                () -> ws.records().rectify(ws.session(), change(Field.POSTCODE, null, "M1 1AE", RectificationReason.OTHER, " ")));
        assertEquals("Note: say why the detail is being changed.", other.violations().get(0).message());

        InvalidInputException same = assertThrows(InvalidInputException.class, () -> ws.records().rectify(ws.session(),
                change(Field.POSTCODE, null, "sw1a 1aa", RectificationReason.TYPING_MISTAKE, null)));
        assertEquals("rectify.unchanged", same.violations().get(0).code());

        assertEquals(0, ws.records().open(ws.session(), customerId, "account-management").history().size());
        assertEquals(0, events("CUSTOMER_RECTIFIED").size());
    }

    @Test
    void aCorrectionKeepsTheOldValueForTeamLeadsAndLogsFieldAndReasonNeverValues() {
        RecordView after = ws.records().rectify(ws.session(), change(Field.FULL_NAME, null, "Samantha Sample",
                RectificationReason.CUSTOMER_CORRECTION, "Full name given"));
        assertEquals("Samantha Sample", after.fullName());
        RecordView.HistoryLine line = after.history().get(0);
        assertEquals(Field.FULL_NAME, line.field());
        assertEquals("Sam Sample", line.oldValue());
        assertEquals("The customer told us it was wrong: Full name given", line.reason());
        assertEquals(LEAD_NAME, line.changedBy());

        var rectified = events("CUSTOMER_RECTIFIED");
        assertEquals("field=FULL_NAME;reason=CUSTOMER_CORRECTION", rectified.get(0).value4());
        assertFalse(ws.store().dsl().select(EVENT.DETAILS).from(EVENT).fetch(EVENT.DETAILS).stream()
                .anyMatch(d -> d.contains("Sam") || d.contains("Full name given")), "no values or notes in the event log");
        assertInstanceOf(ChainVerification.Intact.class, ws.audit().verify(ws.session()));

        // the row's MAC is right (a read verifies it) and search follows the new name
        assertEquals("Samantha Sample", new CustomerRepository(ws.store().rowMac()).findById(ws.store().dsl(), customerId)
                .orElseThrow().fullName());
        assertEquals(customerId, ws.search().search(ws.session(), "samantha sample").hits().get(0).customerId());
    }

    @Test
    void aPhoneNumberIsCorrectedInPlaceAndSearchFollowsIt() {
        RecordView view = ws.records().open(ws.session(), customerId, "account-management");
        long phoneId = view.contacts().stream().filter(c -> c.field() == Field.PHONE).findFirst().orElseThrow().id();
        RecordView after = ws.records().rectify(ws.session(), change(Field.PHONE, phoneId, "07700 900777",
                RectificationReason.DETAILS_CHANGED, null));
        assertEquals("••••• •••777", after.contacts().stream().filter(c -> c.field() == Field.PHONE).findFirst().orElseThrow().shown());
        assertEquals("07700 900123", after.history().get(0).oldValue());
        assertEquals(List.of(customerId), ws.search().search(ws.session(), "07700 900777").hits().stream().map(h -> h.customerId()).toList());
        assertEquals(List.of(), ws.search().search(ws.session(), "07700 900123").hits());
    }

    @Test
    void agentsSeeWhoChangedWhatAndWhyButNotTheOldValues() {
        ws.records().rectify(ws.session(), change(Field.POSTCODE, null, "M1 1AE", RectificationReason.DETAILS_CHANGED, null));
        ws.users().add(ws.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        ws.close();
        ws = custodian.logIn(AGENT, pw(AGENT_PASSWORD));
        RecordView.HistoryLine line = ws.records().open(ws.session(), customerId, "account-management").history().get(0);
        assertEquals(Field.POSTCODE, line.field());
        assertNull(line.oldValue());
        assertEquals(LEAD_NAME, line.changedBy());
        assertEquals("The customer's details have changed", line.reason());
    }

    @Test
    void correctingAFieldThePurposeDoesNotShowIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ws.records().rectify(ws.session(),
                new Rectification(customerId, "customer-service", Field.DATE_OF_BIRTH, null, "01/01/1980",
                        RectificationReason.TYPING_MISTAKE, null)));
        assertEquals("record.not-for-purpose", e.violations().get(0).code());
    }

    @Test
    void consentHistoryIsShownNewestFirstWithWordingAndMethod() {
        var script = ws.scripts().scripts().stream().filter(sc -> sc.id().equals("marketing-preferences")).findFirst().orElseThrow();
        var consent = new org.custodian.core.intake.ConsentCapture(ws.scripts().purposeOf(script).consentWording().version(), true,
                org.custodian.core.gdpr.ConsentMethod.VERBAL, clock.now.minusSeconds(30));
        Map<String, String> answers = Map.of("name", "Sam Sample", "phone", "07700 900123", "by-phone", "yes", "by-email", "no",
                "by-post", "no", "by-sms", "no", "nature", "Wants offers by phone", "actions", "Recorded choices");
        clock.now = clock.now.plusSeconds(600);
        consent = new org.custodian.core.intake.ConsentCapture(consent.wordingVersion(), true, consent.method(), clock.now.minusSeconds(30));
        ws.intake().save(ws.session(), new IntakeForm(script, answers, consent, clock.now.minusSeconds(60)), customerId, true);
        clock.now = clock.now.plusSeconds(3600);
        Map<String, String> later = new HashMap<>(answers);
        later.put("by-phone", "no");
        later.put("nature", "No more calls");
        ws.intake().save(ws.session(), new IntakeForm(script, later, new org.custodian.core.intake.ConsentCapture(consent.wordingVersion(),
                true, consent.method(), clock.now.minusSeconds(30)), clock.now.minusSeconds(60)), customerId, true);

        RecordView view = ws.records().open(ws.session(), customerId, "marketing");
        assertEquals(8, view.consents().size());
        RecordView.ConsentLine newest = view.consents().get(0);
        assertTrue(view.consents().stream().anyMatch(c -> c.channel().equals("Phone") && c.status().equals("Withdrawn")));
        assertTrue(newest.recordedAt().isAfter(view.consents().get(7).recordedAt()));
        assertEquals("marketing-2026-11", newest.wordingVersion());
        assertEquals("Verbal, on the call", newest.method());
        assertEquals("Sending the customer news and offers", newest.purposeName());
        assertEquals(List.of("No more calls", "Wants offers by phone", "Open an account"),
                view.interactions().stream().map(InteractionLine::nature).toList(), "interaction history, newest first");
    }
}
