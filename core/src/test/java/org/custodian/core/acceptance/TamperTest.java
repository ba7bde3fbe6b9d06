package org.custodian.core.acceptance;

import static org.custodian.core.store.schema.Tables.APP_USER;
import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.AGENT;
import static org.custodian.core.workspace.TestStores.AGENT_NAME;
import static org.custodian.core.workspace.TestStores.AGENT_PASSWORD;
import static org.custodian.core.workspace.TestStores.LEAD;
import static org.custodian.core.workspace.TestStores.LEAD_PASSWORD;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.pw;
import static org.custodian.core.workspace.TestStores.setUp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.custodian.core.auth.Role;
import org.custodian.core.customers.Customer;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.events.ChainHash;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.ChainVerification.Fault;
import org.custodian.core.events.Checkpoint;
import org.custodian.core.events.EventLog;
import org.custodian.core.store.schema.tables.records.EventRecord;
import org.custodian.core.users.User;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made to the store behind Custodian's back (raw jOOQ, bypassing the services): a changed personal-data
 * row is reported and never shown; a changed, removed or rewritten event is caught at its exact place.
 */
class TamperTest {

    private static final String PURPOSE = "ACCOUNT_QUERY";
    private static final String NAME = "Sam Sample";
    private static final String OTHER_NAME = "Robin Example";

    @TempDir
    Path dir;

    private final EventLog log = new EventLog(Clock.systemUTC());
    private Custodian custodian;

    @BeforeEach
    void createStore() {
        custodian = custodian(dir);
        try (Workspace lead = setUp(custodian)) {
            lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
            lead.customers().register(lead.session(), NAME);
            lead.customers().register(lead.session(), OTHER_NAME);
            lead.logOut();
        }
    }

    private Workspace lead() {
        return custodian.logIn(LEAD, pw(LEAD_PASSWORD));
    }

    // ---------------------------------------------------------------- (a) personal-data rows

    @Test
    void aChangedCharacterInACustomerNameIsReportedAndTheNameIsNeverReturned() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            Customer sam = customerNamed(lead, NAME);
            Customer robin = customerNamed(lead, OTHER_NAME);
            // control: untouched rows read back
            assertEquals(NAME, lead.customers().open(lead.session(), sam.reference(), PURPOSE).orElseThrow().fullName());

            String forged = "Sam Sbmple"; // one character changed
            assertEquals(1, dsl.update(CUSTOMER).set(CUSTOMER.FULL_NAME, forged).where(CUSTOMER.ID.eq(sam.id())).execute());

            IntegrityException e = assertThrows(IntegrityException.class,
                    () -> lead.customers().open(lead.session(), sam.reference(), PURPOSE));
            assertEquals("customer", e.table());
            assertEquals(sam.id(), e.rowId());
            assertNoNameIn(e, forged, NAME);
            // the other customer is unaffected
            assertEquals(OTHER_NAME, lead.customers().open(lead.session(), robin.reference(), PURPOSE).orElseThrow().fullName());
        }
    }

    @Test
    void aFlippedBitInACustomerNameIsReported() {
        try (Workspace lead = lead()) {
            Customer sam = customerNamed(lead, NAME);
            char[] chars = NAME.toCharArray();
            chars[NAME.length() - 1] ^= 0x01; // 'e' -> 'd': one bit
            String forged = new String(chars);
            lead.store().dsl().update(CUSTOMER).set(CUSTOMER.FULL_NAME, forged).where(CUSTOMER.ID.eq(sam.id())).execute();
            IntegrityException e = assertThrows(IntegrityException.class,
                    () -> lead.customers().open(lead.session(), sam.reference(), PURPOSE));
            assertNoNameIn(e, forged, NAME);
        }
    }

    @Test
    void otherChangedCustomerColumnsAndSwappedMacsAreReported() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            Customer sam = customerNamed(lead, NAME);
            Customer robin = customerNamed(lead, OTHER_NAME);
            long agentId = userNamed(dsl, AGENT).getId();

            tamperAndRestore(dsl, sam.id(), d -> d.update(CUSTOMER).set(CUSTOMER.CREATED_BY, agentId)
                    .where(CUSTOMER.ID.eq(sam.id())).execute(), lead, sam.reference());
            tamperAndRestore(dsl, sam.id(), d -> d.update(CUSTOMER)
                    .set(CUSTOMER.CREATED_AT, sam.createdAt().plusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
                    .where(CUSTOMER.ID.eq(sam.id())).execute(), lead, sam.reference());
            byte[] robinsMac = dsl.select(CUSTOMER.MAC).from(CUSTOMER).where(CUSTOMER.ID.eq(robin.id())).fetchOne().value1();
            tamperAndRestore(dsl, sam.id(), d -> d.update(CUSTOMER).set(CUSTOMER.MAC, robinsMac)
                    .where(CUSTOMER.ID.eq(sam.id())).execute(), lead, sam.reference());
            // the whole record copied from another customer, keeping this row's id and reference
            tamperAndRestore(dsl, sam.id(), d -> d.update(CUSTOMER).set(CUSTOMER.FULL_NAME, OTHER_NAME)
                    .set(CUSTOMER.MAC, robinsMac).where(CUSTOMER.ID.eq(sam.id())).execute(), lead, sam.reference());
            // after every restore the row reads again: the checks above failed for the tampering alone
            assertEquals(NAME, lead.customers().open(lead.session(), sam.reference(), PURPOSE).orElseThrow().fullName());
        }
    }

    private void tamperAndRestore(DSLContext dsl, long id, Consumer<DSLContext> tamper, Workspace lead, String reference) {
        var original = dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOne();
        tamper.accept(dsl);
        IntegrityException e = assertThrows(IntegrityException.class,
                () -> lead.customers().open(lead.session(), reference, PURPOSE));
        assertEquals(id, e.rowId());
        assertNoNameIn(e, NAME, OTHER_NAME);
        original.changed(true);
        assertEquals(1, dsl.update(CUSTOMER).set(original).where(CUSTOMER.ID.eq(id)).execute());
        assertEquals(NAME, lead.customers().open(lead.session(), reference, PURPOSE).orElseThrow().fullName());
    }

    @Test
    void anAgentPromotedToTeamLeadInTheDatabaseIsCaughtAtLoginAndInTheUserList() {
        try (Workspace lead = lead()) {
            // control: the list reads before the change
            assertEquals(2, lead.users().list(lead.session()).size());
            int changed = lead.store().dsl().update(APP_USER).set(APP_USER.ROLE, Role.TEAM_LEAD.name())
                    .where(APP_USER.USERNAME.eq(AGENT)).execute();
            assertEquals(1, changed);
            IntegrityException listed = assertThrows(IntegrityException.class, () -> lead.users().list(lead.session()));
            assertEquals("app_user", listed.table());
        }
        IntegrityException atLogin = assertThrows(IntegrityException.class, () -> custodian.logIn(AGENT, pw(AGENT_PASSWORD)));
        assertEquals("app_user", atLogin.table());
        // the lead's own row is fine, but a login reads every account and refuses to proceed on a forged one
        assertThrows(IntegrityException.class, () -> lead().close());
    }

    @Test
    void aDisabledFlagClearedInTheDatabaseIsCaught() {
        long agentId;
        try (Workspace lead = lead()) {
            User agent = lead.users().list(lead.session()).stream().filter(u -> u.username().equals(AGENT)).findFirst().orElseThrow();
            agentId = agent.id();
            lead.users().disable(lead.session(), agentId);
            lead.store().dsl().update(APP_USER).set(APP_USER.DISABLED, false).where(APP_USER.ID.eq(agentId)).execute();
            IntegrityException e = assertThrows(IntegrityException.class, () -> lead.users().list(lead.session()));
            assertEquals(agentId, e.rowId());
        }
    }

    @Test
    void aStoreWhoseUserTableWasRemovedIsRefusedWithATypedErrorNotALibraryException() {
        try (Workspace lead = lead()) {
            lead.store().dsl().dropTable(APP_USER).cascade().execute();
            lead.logOut();
        }
        RuntimeException refused = assertThrows(RuntimeException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));
        assertInstanceOf(org.custodian.core.errors.CustodianException.class, refused,
                "an untyped library exception (its message is H2's text) reached the caller: " + refused.getClass().getName());
        assertInstanceOf(org.custodian.core.errors.DatabaseCorruptException.class, refused);
        // the store is closed again: a second attempt is refused the same way, not "already open"
        assertInstanceOf(org.custodian.core.errors.DatabaseCorruptException.class,
                assertThrows(RuntimeException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD))));
    }

    // ---------------------------------------------------------------- (b) the event chain

    @Test
    void aChangedByteInAnyEventIsReportedAtItsExactSequenceNumber() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            for (int i = 0; i < 3; i++) {
                lead.customers().register(lead.session(), "Jo Example " + i);
            }
            long count = intactCount(dsl);
            assertTrue(count >= 10, "enough events to pick first, middle and last: " + count);
            for (long k : new long[] {1, 2, count / 2, count - 1, count}) {
                EventRecord original = event(dsl, k);

                String details = original.getDetails();
                String changedDetails = details.isEmpty() ? " " : flipLowBit(details, details.length() / 2);
                expectBrokenAt(dsl, k, Fault.CONTENT_CHANGED, d -> d.update(EVENT).set(EVENT.DETAILS, changedDetails).where(EVENT.SEQ.eq(k)).execute());
                expectBrokenAt(dsl, k, Fault.CONTENT_CHANGED, d -> d.update(EVENT)
                        .set(EVENT.ACTION, flipLowBit(original.getAction(), 0)).where(EVENT.SEQ.eq(k)).execute());
                expectBrokenAt(dsl, k, Fault.CONTENT_CHANGED, d -> d.update(EVENT)
                        .set(EVENT.HASH, flipBit(original.getHash(), 31)).where(EVENT.SEQ.eq(k)).execute());
                expectBrokenAt(dsl, k, Fault.CONTENT_CHANGED, d -> d.update(EVENT)
                        .set(EVENT.OCCURRED_AT, original.getOccurredAt().plusNanos(1_000)).where(EVENT.SEQ.eq(k)).execute());
                expectBrokenAt(dsl, k, Fault.CONTENT_CHANGED, d -> d.update(EVENT)
                        .set(EVENT.ACTOR_ID, original.getActorId() == null ? 1L : original.getActorId() + 1).where(EVENT.SEQ.eq(k)).execute());
                expectBrokenAt(dsl, k, Fault.CONTENT_CHANGED, d -> d.update(EVENT)
                        .set(EVENT.PREV_HASH, flipBit(original.getPrevHash(), 0)).where(EVENT.SEQ.eq(k)).execute());
            }
        }
    }

    @Test
    void aRecomputedHashDoesNotHideAChangeItBreaksTheNextLink() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            long count = intactCount(dsl);
            long k = count / 2;
            EventRecord e = event(dsl, k);
            String details = e.getDetails() + ";forged=1";
            byte[] hash = ChainHash.of(e.getPrevHash(), k, e.getOccurredAt().toInstant(), e.getActorId(), e.getAction(),
                    e.getPurpose(), e.getSubjectKey(), details);
            dsl.update(EVENT).set(EVENT.DETAILS, details).set(EVENT.HASH, hash).where(EVENT.SEQ.eq(k)).execute();
            assertEquals(new ChainVerification.Broken(k + 1, Fault.LINK_BROKEN), log.verify(dsl));
        }
    }

    @Test
    void aDeletedEventIsReportedAsAGapAtItsSequenceNumber() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            long count = intactCount(dsl);
            for (long k : new long[] {count / 2, 1, 2}) {
                EventRecord original = event(dsl, k);
                dsl.deleteFrom(EVENT).where(EVENT.SEQ.eq(k)).execute();
                assertEquals(new ChainVerification.Broken(k, Fault.GAP), log.verify(dsl), "deleted event " + k);
                original.changed(true);
                dsl.insertInto(EVENT).set(original).execute();
                assertEquals(count, intactCount(dsl));
            }
            // two removed in the middle: the first one is named
            long k = count / 2;
            List<EventRecord> removed = new ArrayList<>(List.of(event(dsl, k), event(dsl, k + 2)));
            dsl.deleteFrom(EVENT).where(EVENT.SEQ.in(k, k + 2)).execute();
            assertEquals(new ChainVerification.Broken(k, Fault.GAP), log.verify(dsl));
            removed.forEach(r -> {
                r.changed(true);
                dsl.insertInto(EVENT).set(r).execute();
            });
            assertEquals(count, intactCount(dsl));
        }
    }

    @Test
    void theAuditServiceReportsTheSameBreak() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            long k = intactCount(dsl) - 1;
            dsl.update(EVENT).set(EVENT.DETAILS, "user=999").where(EVENT.SEQ.eq(k)).execute();
            assertEquals(new ChainVerification.Broken(k, Fault.CONTENT_CHANGED), lead.audit().verify(lead.session()));
        }
    }

    // ---------------------------------------------------------------- (c) checkpoints

    @Test
    void aLogCutBackAfterACheckpointIsTruncated() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            Checkpoint kept = roundTrip(lead.audit().checkpoint(lead.session()));
            assertEquals(Checkpoint.Comparison.GREW_FROM, log.compare(dsl, kept), "control: untouched log");
            long count = intactCount(dsl);
            dsl.deleteFrom(EVENT).where(EVENT.SEQ.gt(kept.count() - 2)).execute();
            // the chain that is left is perfectly intact: only the checkpoint shows what is missing
            assertInstanceOf(ChainVerification.Intact.class, log.verify(dsl));
            assertTrue(count > kept.count() - 2);
            assertEquals(Checkpoint.Comparison.TRUNCATED, log.compare(dsl, kept));
            assertEquals(Checkpoint.Comparison.TRUNCATED, lead.audit().compare(lead.session(), kept));
        }
    }

    @Test
    void aChainRewrittenConsistentlyVerifiesButDivergesFromTheCheckpoint() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            lead.customers().register(lead.session(), "Jo Example");
            Checkpoint kept = roundTrip(lead.audit().checkpoint(lead.session()));
            long count = intactCount(dsl);
            long from = 3;
            // rewrite from `from` to the head: change one event, then recompute every later hash and link
            List<EventRecord> rows = dsl.selectFrom(EVENT).where(EVENT.SEQ.ge(from)).orderBy(EVENT.SEQ).fetch();
            byte[] prev = event(dsl, from - 1).getHash();
            for (EventRecord r : rows) {
                String details = r.getSeq() == from ? "rewritten=1" : r.getDetails();
                byte[] hash = ChainHash.of(prev, r.getSeq(), r.getOccurredAt().toInstant(), r.getActorId(), r.getAction(),
                        r.getPurpose(), r.getSubjectKey(), details);
                dsl.update(EVENT).set(EVENT.DETAILS, details).set(EVENT.PREV_HASH, prev).set(EVENT.HASH, hash)
                        .where(EVENT.SEQ.eq(r.getSeq())).execute();
                prev = hash;
            }
            ChainVerification alone = log.verify(dsl);
            assertEquals(count, assertInstanceOf(ChainVerification.Intact.class, alone).count(),
                    "verify alone cannot see a consistent rewrite");
            assertEquals(Checkpoint.Comparison.DIVERGED, log.compare(dsl, kept));
        }
    }

    @Test
    void aRollbackToAnEarlierStateThatThenGrowsAgainDiverges() {
        try (Workspace lead = lead()) {
            DSLContext dsl = lead.store().dsl();
            long before = intactCount(dsl);
            lead.customers().register(lead.session(), "Jo Example");
            Checkpoint kept = roundTrip(lead.audit().checkpoint(lead.session()));
            // roll back to `before`, then let the app carry on normally until it has more events than the checkpoint
            dsl.deleteFrom(EVENT).where(EVENT.SEQ.gt(before)).execute();
            while (intactCount(dsl) <= kept.count()) {
                lead.locked("idle");
            }
            assertEquals(Checkpoint.Comparison.DIVERGED, log.compare(dsl, kept));
        }
    }

    @Test
    void aLogThatOnlyGrewFromTheCheckpointComparesAsGrown() {
        Checkpoint kept;
        try (Workspace lead = lead()) {
            kept = roundTrip(lead.audit().checkpoint(lead.session()));
            assertEquals(Checkpoint.Comparison.GREW_FROM, log.compare(lead.store().dsl(), kept));
            lead.logOut();
        }
        try (Workspace lead = lead()) {
            lead.customers().register(lead.session(), "Jo Example");
            DSLContext dsl = lead.store().dsl();
            assertTrue(intactCount(dsl) > kept.count());
            assertEquals(Checkpoint.Comparison.GREW_FROM, log.compare(dsl, kept));
            assertEquals(Checkpoint.Comparison.GREW_FROM, lead.audit().compare(lead.session(), kept));
            // and a broken chain is never reported as grown
            dsl.update(EVENT).set(EVENT.DETAILS, "x=1").where(EVENT.SEQ.eq(2L)).execute();
            assertEquals(Checkpoint.Comparison.CHAIN_BROKEN, log.compare(dsl, kept));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void expectBrokenAt(DSLContext dsl, long k, Fault fault, Consumer<DSLContext> tamper) {
        EventRecord original = event(dsl, k);
        tamper.accept(dsl);
        assertFalse(Arrays.deepEquals(original.intoArray(), event(dsl, k).intoArray()), "the tampering changed nothing at " + k);
        assertEquals(new ChainVerification.Broken(k, fault), log.verify(dsl), "tampered event " + k);
        original.changed(true);
        assertEquals(1, dsl.update(EVENT).set(original).where(EVENT.SEQ.eq(k)).execute());
        assertInstanceOf(ChainVerification.Intact.class, log.verify(dsl), "restored event " + k);
    }

    private long intactCount(DSLContext dsl) {
        return assertInstanceOf(ChainVerification.Intact.class, log.verify(dsl)).count();
    }

    private static EventRecord event(DSLContext dsl, long seq) {
        return dsl.selectFrom(EVENT).where(EVENT.SEQ.eq(seq)).fetchOptional().orElseThrow();
    }

    private static Checkpoint roundTrip(Checkpoint checkpoint) {
        Checkpoint parsed = Checkpoint.parse(checkpoint.toText());
        assertEquals(checkpoint.count(), parsed.count());
        assertArrayEquals(checkpoint.headHash(), parsed.headHash());
        return parsed;
    }

    private static Customer customerNamed(Workspace ws, String name) {
        var row = ws.store().dsl().selectFrom(CUSTOMER).where(CUSTOMER.FULL_NAME.eq(name)).fetchOne();
        Optional<Customer> c = ws.customers().open(ws.session(), row.getReference(), PURPOSE);
        return c.orElseThrow();
    }

    private static org.custodian.core.store.schema.tables.records.AppUserRecord userNamed(DSLContext dsl, String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne();
    }

    private static String flipLowBit(String text, int index) {
        char[] chars = text.toCharArray();
        chars[index] ^= 0x01;
        return new String(chars);
    }

    private static byte[] flipBit(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static void assertNoNameIn(Throwable e, String... names) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (String name : names) {
                assertFalse(String.valueOf(t.getMessage()).contains(name), "the error shows a name: " + t);
                assertFalse(t.toString().contains(name), "the error shows a name: " + t);
            }
        }
    }

}
