package org.custodian.core.rights;

import static org.custodian.core.rights.EveryKindOfData.*;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.rights.SuppressionList.MatchedOn;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErasureTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private long customerId;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        customerId = EveryKindOfData.seed(ws, clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long erasureRequest() {
        return ws.rights().requests().log(ws.session(), customerId, RightKind.ERASURE, LocalDate.of(2026, 11, 24),
                IdentityStatus.NOT_NEEDED).request().id();
    }

    /**
     * Every character column of every table (H2 hands back plaintext over JDBC; the file itself is AES), as
     * "table.column: canary" for each canary it holds, case-insensitively; the date of birth in date columns.
     */
    private List<String> canariesHeld() {
        DSLContext dsl = ws.store().dsl();
        List<String> found = new ArrayList<>();
        var columns = dsl.resultQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC'").fetch();
        for (var c : columns) {
            String table = c.get(0, String.class);
            String column = c.get(1, String.class);
            String type = c.get(2, String.class).toUpperCase(Locale.ROOT);
            if (table.equalsIgnoreCase("flyway_schema_history")) {
                continue;
            }
            var field = DSL.field(DSL.name(table, column));
            if (type.contains("CHAR") || type.contains("CLOB")) {
                for (String canary : CANARIES) {
                    if (dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name(table)))
                            .where(DSL.lower(field.cast(String.class)).contains(canary.toLowerCase(Locale.ROOT))))) {
                        found.add(table + "." + column + ": " + canary);
                    }
                }
            } else if (type.equals("DATE")) {
                if (dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name(table))).where(field.cast(String.class).eq(DOB)))) {
                    found.add(table + "." + column + ": " + DOB);
                }
            }
        }
        return found;
    }

    @Test
    void afterErasureNoTableHoldsThePersonsCanariesAndTheAuditStaysWhole() {
        List<String> before = canariesHeld();
        for (String table : List.of("CUSTOMER.", "CONTACT_POINT.", "INTERACTION.", "CUSTOMER_HISTORY.", "SPECIAL_CATEGORY.", "NAME_TOKEN.",
                "NAME_PAIR.", "NAME_WORD.", "THIRD_PARTY.", "DISCLOSURE.", "HANDOVER.", "SECURITY_QUESTION.", "INTAKE_DRAFT.")) {
            assertTrue(before.stream().anyMatch(f -> f.startsWith(table)), "the scan finds the seeded data in " + table);
        }
        String subject = ws.store().subjectKeys().forCustomer(customerId);
        int eventsBefore = ws.store().dsl().fetchCount(EVENT, EVENT.SUBJECT_KEY.eq(subject));

        RightsCase done = ws.rights().erasure().erase(ws.session(), erasureRequest());

        assertEquals(List.of(), canariesHeld());
        assertEquals(RightsRequest.Closure.COMPLETED, done.request().closure());
        assertEquals(ErasureService.ERASED_NAME, done.customerName());
        assertTrue(ws.store().dsl().fetchCount(EVENT, EVENT.SUBJECT_KEY.eq(subject)) > eventsBefore, "events keep their subject keys");
        assertInstanceOf(ChainVerification.Intact.class, ws.audit().verify(ws.session()));
        String details = ws.store().dsl().select(EVENT.DETAILS).from(EVENT).where(EVENT.ACTION.eq("CUSTOMER_ERASED")).fetchOne(EVENT.DETAILS);
        assertTrue(details.contains("interactions=2") && details.contains("contact_points=2") && details.contains("drafts=1"), details);
        assertTrue(ws.search().search(ws.session(), "Zephyrine").hits().isEmpty(),
                "the name no longer finds anyone");
    }

    @Test
    void theSuppressionListRecognisesTheErasedPersonHoweverTheyAreTyped() {
        SuppressionList list = ws.rights().suppression();
        var returning = new SuppressionList.Identifiers("QUENTIN  zephyrine", LocalDate.parse(DOB), " Quentin.Zephyrine@Example.com ",
                "+44 7700 900777");
        assertEquals(Set.of(), list.matches(ws.store().dsl(), returning), "nobody is suppressed before erasure");
        ws.rights().erasure().erase(ws.session(), erasureRequest());

        assertEquals(EnumSet.allOf(MatchedOn.class), list.matches(ws.store().dsl(), returning));
        assertEquals(Set.of(MatchedOn.PHONE), list.matches(ws.store().dsl(), new SuppressionList.Identifiers("Somebody Else",
                LocalDate.of(1990, 1, 1), "someone@example.com", "07700900777")));
        assertEquals(Set.of(), list.matches(ws.store().dsl(), new SuppressionList.Identifiers(NAME, LocalDate.of(1985, 3, 15),
                null, null)), "the same name with another date of birth is someone else");
    }

    @Test
    void aReturningPersonIsRefusedByACustomerListImport() {
        ws.rights().erasure().erase(ws.session(), erasureRequest());
        String csv = "full_name,date_of_birth,phone,email,postcode,address\n"
                + "Ada Example,01/01/1990,,ada@example.com,,\n"
                + "Quentin Zephyrine,14/03/1985,,Quentin.Zephyrine@example.com,,\n";
        var report = ws.imports().importFile(ws.session(), new java.io.StringReader(csv), "account-management",
                org.custodian.core.progress.Progress.none(), () -> false);
        assertEquals(List.of("3 Email"), report.problems().stream().map(p -> p.row() + " " + p.field()).toList());
        assertTrue(report.problems().get(0).reason().contains("erased at their request"));
        assertEquals(0, report.imported(), "nothing imported");
        assertTrue(ws.search().search(ws.session(), "Ada Example").hits().isEmpty());
    }

    @Test
    void aReturningPersonIsFlaggedAtIntakeReview() {
        ws.rights().erasure().erase(ws.session(), erasureRequest());
        var review = ws.intake().review(ws.session(), new IntakeForm(script(ws, "new-customer"), Map.of("nature", "Open an account",
                "name", NAME, "dob", "14/03/1985", "phone", "07700 900 777", "email", EMAIL, "postcode", "TR19 7QZ",
                "address", "1 Elsewhere Road", "actions", "Account opened", "outcome", "Done"), null, clock.now.minusSeconds(60)));
        assertTrue(review.returningErasedPerson());
        assertEquals(EnumSet.allOf(MatchedOn.class), review.erasedMatch());
        assertEquals("at=intake;on=EMAIL+NAME_DOB+PHONE", ws.store().dsl().select(EVENT.DETAILS).from(EVENT)
                .where(EVENT.ACTION.eq("SUPPRESSION_MATCHED")).fetchOne(EVENT.DETAILS));
    }

    @Test
    void aLegalHoldBlocksErasureWithItsReasonUntilReleased() {
        long request = erasureRequest();
        ws.rights().requests().placeHold(ws.session(), customerId, "Claim 2026-114 in the county court");
        var refused = assertThrows(InvalidInputException.class, () -> ws.rights().erasure().erase(ws.session(), request));
        assertEquals("Erasure: the record is under a legal hold (Claim 2026-114 in the county court); it can be erased only after "
                + "a team lead releases the hold.", refused.violations().get(0).message());
        assertFalse(canariesHeld().isEmpty(), "nothing erased");
        Record3<String, String, String> event = ws.store().dsl().select(EVENT.ACTION, EVENT.DETAILS, EVENT.PURPOSE).from(EVENT)
                .where(EVENT.ACTION.eq("ERASURE_REFUSED")).fetchOne();
        assertTrue(event.value2().contains("reason=legal-hold"));
        assertFalse(event.value2().contains("Claim"), "the hold's reason is not in the event");

        ws.rights().requests().releaseHold(ws.session(), customerId);
        ws.rights().erasure().erase(ws.session(), request);
        assertEquals(List.of(), canariesHeld());
    }

    @Test
    void onlyAnErasureRequestErases() {
        long access = ws.rights().requests().log(ws.session(), customerId, RightKind.ACCESS, LocalDate.of(2026, 11, 24),
                IdentityStatus.NOT_NEEDED).request().id();
        var refused = assertThrows(InvalidInputException.class, () -> ws.rights().erasure().erase(ws.session(), access));
        assertEquals("rights.not-erasure", refused.violations().get(0).code());
    }
}
