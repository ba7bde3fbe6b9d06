package org.custodian.core.retention;

import static org.custodian.core.store.schema.Tables.CONSENT;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.store.schema.Tables.INTAKE_DRAFT;
import static org.custodian.core.store.schema.Tables.INTERACTION;
import static org.custodian.core.store.schema.Tables.SUPPLY_CALL;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.core.customers.ConsentRecord;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.gdpr.MarketingChannel;
import org.custodian.core.supply.DisclosureEntry;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.SupplyRepository;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventLog;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.progress.Progress;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);
    private Workspace ws;
    private long oldCustomer;
    private long recentCustomer;
    private long linkedCustomer;
    private long keptConsent;
    private long keptDisclosure;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        oldCustomer = intakeAt(Instant.parse("2019-01-01T09:00:00Z"), "Priya Shah", "07700 900321");
        recentCustomer = intakeAt(Instant.parse("2025-01-01T09:00:00Z"), "Tom Example", "07700 900654");
        clock.now = NOW;
        // marketing consent: the old customer's last contact was in 2023 (due after two years); the recent customer
        // answered in 2023 too, but called in 2025 (kept)
        consent(oldCustomer, Instant.parse("2023-01-01T09:00:00Z"));
        consent(recentCustomer, Instant.parse("2023-06-01T09:00:00Z"));
        identityCheck(oldCustomer, NOW.minus(Duration.ofDays(40)));
        identityCheck(recentCustomer, NOW.minus(Duration.ofDays(5)));
        draft(NOW.minus(Duration.ofDays(3)));
        draft(NOW.minus(Duration.ofHours(1)));
        // records that are kept but point at records that go: a recent consent answer given on an old call, and a
        // disclosure made on an old identity check; both must stay readable (their MACs cover the link)
        linkedCustomer = intakeAt(Instant.parse("2019-05-01T09:00:00Z"), "Ana Sample", "07700 900777");
        clock.now = NOW;
        CustomerRecords records = new CustomerRecords(ws.store().rowMac());
        long oldCall = ws.store().dsl().select(INTERACTION.ID).from(INTERACTION)
                .where(INTERACTION.CUSTOMER_ID.eq(linkedCustomer)).fetchOne(INTERACTION.ID);
        keptConsent = ws.store().write(tx -> records.addConsent(tx, new ConsentRecord(0, linkedCustomer, "marketing", 1,
                MarketingChannel.EMAIL, ConsentRecord.Status.GIVEN, ConsentMethod.VERBAL, "1", "marketing-preferences", 1,
                oldCall, Instant.parse("2025-06-01T09:00:00Z"), ws.session().userId()))).id();
        long oldCheck = ws.store().dsl().select(SUPPLY_CALL.ID).from(SUPPLY_CALL)
                .where(SUPPLY_CALL.CUSTOMER_ID.eq(oldCustomer)).fetchOne(SUPPLY_CALL.ID);
        SupplyRepository supply = new SupplyRepository(ws.store().rowMac());
        keptDisclosure = ws.store().write(tx -> supply.addDisclosure(tx, new DisclosureEntry(0, oldCustomer, oldCheck,
                DisclosureEntry.RecipientKind.CUSTOMER, "Priya Shah", "The customer", null, Set.of(DisclosureItem.PHONE),
                LawfulBasis.CONTRACT, null, "customer-service", ws.session().userId(), NOW.minus(Duration.ofDays(40))))).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theDryRunEqualsTheSweep() {
        DisposalPlan plan = ws.retention().dryRun(ws.session());
        Map<DataCategory, Long> listed = new EnumMap<>(DataCategory.class);
        plan.lines().forEach(line -> listed.put(line.rule().category(), line.due()));
        assertEquals(Map.of(DataCategory.INTERACTIONS, 2L, DataCategory.MARKETING_CONSENT, 1L,
                DataCategory.IDENTITY_EVIDENCE, 1L, DataCategory.DRAFTS, 1L), listed);

        long[] progress = new long[2];
        SweepResult swept = ws.retention().sweep(ws.session(), (done, total) -> { progress[0] = done; progress[1] = total; },
                () -> false);
        assertFalse(swept.stopped());
        assertEquals(listed, swept.disposed());
        assertEquals(5, progress[0]);
        assertEquals(5, progress[1]);
        assertEquals(0, ws.retention().dryRun(ws.session()).total(), "nothing left past its rule");

        DSLContext dsl = ws.store().dsl();
        assertEquals(List.of(recentCustomer), dsl.select(INTERACTION.CUSTOMER_ID).from(INTERACTION).fetch(INTERACTION.CUSTOMER_ID));
        assertEquals(List.of(recentCustomer, linkedCustomer), dsl.select(CONSENT.CUSTOMER_ID).from(CONSENT)
                .orderBy(CONSENT.ID).fetch(CONSENT.CUSTOMER_ID));
        ConsentRecord consent = new CustomerRecords(ws.store().rowMac()).consents(dsl, linkedCustomer).get(0);
        assertEquals(keptConsent, consent.id());
        assertNull(consent.interactionId(), "unlinked from the call that went, and still verifies");
        DisclosureEntry disclosure = new SupplyRepository(ws.store().rowMac()).disclosures(dsl, oldCustomer).get(0);
        assertEquals(keptDisclosure, disclosure.id());
        assertNull(disclosure.callId(), "unlinked from the identity check that went, and still verifies");
        assertEquals(List.of(recentCustomer), dsl.select(SUPPLY_CALL.CUSTOMER_ID).from(SUPPLY_CALL).fetch(SUPPLY_CALL.CUSTOMER_ID));
        assertEquals(1, dsl.fetchCount(INTAKE_DRAFT));
        List<String> recorded = dsl.select(EVENT.DETAILS).from(EVENT).where(EVENT.ACTION.eq("RECORDS_DISPOSED"))
                .orderBy(EVENT.SEQ).fetch(EVENT.DETAILS);
        assertEquals(List.of("amount=2;category=MARKETING_CONSENT;count=1;unit=YEARS",
                "amount=6;category=INTERACTIONS;count=2;unit=YEARS",
                "amount=30;category=IDENTITY_EVIDENCE;count=1;unit=DAYS",
                "amount=1;category=DRAFTS;count=1;unit=DAYS"), recorded);
        assertInstanceOf(ChainVerification.Intact.class, new EventLog(clock).verify(dsl));
    }

    @Test
    void aStoppedSweepRecordsWhatWentAndRunningItAgainResumes() {
        draft(NOW.minus(Duration.ofDays(2)), RetentionService.BATCH + 500);
        long due = ws.retention().dryRun(ws.session()).total();
        assertEquals(RetentionService.BATCH + 505, due);
        int[] polls = {0};
        SweepResult first = ws.retention().sweep(ws.session(), Progress.none(), () -> ++polls[0] > 4);
        assertTrue(first.stopped());
        assertTrue(first.total() > 0 && first.total() < due);
        assertEquals(due - first.total(), ws.retention().dryRun(ws.session()).total());
        assertEquals(1, ws.store().dsl().fetchCount(EVENT, EVENT.ACTION.eq("DISPOSAL_SWEEP_STOPPED")));
        SweepResult second = ws.retention().sweep(ws.session(), Progress.none(), () -> false);
        assertEquals(due, first.total() + second.total());
        assertEquals(0, ws.retention().dryRun(ws.session()).total());
    }

    @Test
    void rulesAreSettingsATeamLeadChangesWithinRange() {
        assertEquals(DataCategory.INTERACTIONS.defaultRule(), ws.retention().rule(DataCategory.INTERACTIONS));
        ws.retention().setRule(ws.session(), new RetentionRule(DataCategory.INTERACTIONS, 7, ChronoUnit.YEARS));
        assertEquals("7 years", ws.retention().rule(DataCategory.INTERACTIONS).display());
        assertThrows(InvalidInputException.class, () -> ws.retention().setRule(ws.session(),
                new RetentionRule(DataCategory.IDENTITY_EVIDENCE, 2, ChronoUnit.YEARS)));
        assertThrows(InvalidInputException.class, () -> ws.retention().setRule(ws.session(),
                new RetentionRule(DataCategory.DRAFTS, 0, ChronoUnit.DAYS)));
        // a shorter rule makes more records due
        ws.retention().setRule(ws.session(), new RetentionRule(DataCategory.INTERACTIONS, 1, ChronoUnit.YEARS));
        assertEquals(3, ws.retention().dryRun(ws.session()).lines().get(DataCategory.INTERACTIONS.ordinal()).due());
    }

    private long intakeAt(Instant at, String name, String phone) {
        clock.now = at;
        var script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        return ws.intake().save(ws.session(), new IntakeForm(script, Map.of("nature", "Open an account", "name", name,
                "dob", "14/03/1985", "phone", phone, "postcode", "sw1a1aa", "address", "1 Example Street",
                "actions", "Account opened", "outcome", "Customer happy"), null, at.minusSeconds(60)), null, true).customerId();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private void consent(long customer, Instant at) {
        ws.store().write(tx -> tx.insertInto(CONSENT).set(CONSENT.CUSTOMER_ID, customer).set(CONSENT.PURPOSE_CODE, "marketing")
                .set(CONSENT.PURPOSE_VERSION, 1).set(CONSENT.CHANNEL, "EMAIL").set(CONSENT.STATUS, "GIVEN")
                .set(CONSENT.METHOD, "VERBAL").set(CONSENT.WORDING_VERSION, "1").set(CONSENT.SCRIPT_ID, "marketing-preferences")
                .set(CONSENT.SCRIPT_VERSION, 1).set(CONSENT.RECORDED_AT, utc(at)).set(CONSENT.RECORDED_BY, ws.session().userId())
                .set(CONSENT.MAC, new byte[32]).execute());
    }

    private void identityCheck(long customer, Instant at) {
        ws.store().write(tx -> tx.insertInto(SUPPLY_CALL).set(SUPPLY_CALL.CUSTOMER_ID, customer)
                .set(SUPPLY_CALL.AGENT_ID, ws.session().userId()).set(SUPPLY_CALL.PURPOSE_CODE, "customer-service")
                .set(SUPPLY_CALL.STARTED_AT, utc(at)).set(SUPPLY_CALL.FAILED_CHECKS, 0).set(SUPPLY_CALL.MAC, new byte[32]).execute());
    }

    private void draft(Instant at) {
        draft(at, 1);
    }

    private void draft(Instant at, int count) {
        ws.store().write(tx -> {
            for (int i = 0; i < count; i++) {
                insertDraft(tx, at);
            }
            return null;
        });
    }

    private void insertDraft(DSLContext tx, Instant at) {
        tx.insertInto(INTAKE_DRAFT).set(INTAKE_DRAFT.AGENT_ID, ws.session().userId())
                .set(INTAKE_DRAFT.SCRIPT_ID, "new-customer").set(INTAKE_DRAFT.SCRIPT_VERSION, 1).set(INTAKE_DRAFT.LABEL, "Parked call")
                .set(INTAKE_DRAFT.STATE, "{}").set(INTAKE_DRAFT.CREATED_AT, utc(at))
                .set(INTAKE_DRAFT.EXPIRES_AT, utc(at.plus(Duration.ofDays(1)))).set(INTAKE_DRAFT.MAC, new byte[32]).execute();
    }
}
