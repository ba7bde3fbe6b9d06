package org.custodian.core.supply;

import static org.custodian.core.gdpr.VerificationItem.DATE_OF_BIRTH;
import static org.custodian.core.gdpr.VerificationItem.POSTCODE;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.Interaction;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.supply.CallLogService.CallLogRequest;
import org.custodian.core.supply.SupplyService.DisclosureRequest;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call to an existing customer goes in the interaction log as intake's calls do, its actions summarised from the call. */
class CallLogServiceTest {

    private static final String ACCOUNT = "account-management";
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private long customerId;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        var script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        customerId = ws.intake().save(ws.session(), new IntakeForm(script, Map.of("nature", "Open an account", "name", "Sam Sample",
                "dob", "14/03/1985", "phone", "07700 900123", "email", "sam.sample@example.com", "postcode", "sw1a1aa",
                "address", "1 Example Street", "actions", "Account opened", "outcome", "Customer happy"), null,
                clock.now.minusSeconds(60)), null, true).customerId();
        clock.now = clock.now.plusSeconds(3600);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<Interaction> interactions() {
        return new CustomerRecords(ws.store().rowMac()).interactions(ws.store().dsl(), customerId);
    }

    @Test
    void aVerifiedCallWithADisclosureIsLoggedLikeAnIntakeCallAndItsEventHoldsCodes() {
        Instant opened = clock.now;
        clock.now = clock.now.plusSeconds(30);
        long call = ws.callerChecks().verify(ws.session(), customerId, ACCOUNT, null, Map.of(DATE_OF_BIRTH, "14 March 1985",
                POSTCODE, "sw1a1aa")).callId();
        ws.supply().disclose(ws.session(), new DisclosureRequest(customerId, ACCOUNT, call, new Recipient.Customer(), Set.of(DisclosureItem.ADDRESS)));
        clock.now = clock.now.plusSeconds(120);

        var logged = ws.callLog().logCall(ws.session(), new CallLogRequest(customerId, ACCOUNT, call, opened, "general-enquiry",
                "Asked where statements are sent"));
        assertEquals("Identity checked on date of birth and postcode. Disclosed address to the customer.", logged.actionsTaken());

        List<Interaction> log = interactions();
        assertEquals(2, log.size(), "intake's row and this call's");
        Interaction row = log.stream().filter(i -> i.id() == logged.interactionId()).findFirst().orElseThrow();
        assertEquals(opened, row.startedAt(), "the call began when the record was opened");
        assertEquals(clock.now, row.savedAt());
        assertEquals("GENERAL_ENQUIRY", row.enquiryType());
        assertEquals("general-enquiry", row.scriptId());
        assertEquals(ACCOUNT, row.purposeCode());
        assertEquals("General enquiry: Asked where statements are sent", row.nature());
        assertEquals(logged.actionsTaken(), row.actionsTaken());

        var event = ws.store().dsl().select(EVENT.PURPOSE, EVENT.DETAILS).from(EVENT).where(EVENT.ACTION.eq("CALL_LOGGED")).fetchOne();
        assertEquals(ACCOUNT, event.value1());
        assertEquals("actions=VERIFIED+DISCLOSED;call=" + call + ";interaction=" + logged.interactionId() + ";script=general-enquiry",
                event.value2());
    }

    @Test
    void aCallWithNoCheckIsLoggedAsSuchAndBadChoicesAreNamed() {
        var noNature = assertThrows(InvalidInputException.class, () -> ws.callLog().logCall(ws.session(),
                new CallLogRequest(customerId, ACCOUNT, null, clock.now, null, "")));
        assertEquals("Nature of enquiry: choose what the call was about from the list.", noNature.userMessage());
        assertThrows(InvalidInputException.class, () -> ws.callLog().logCall(ws.session(),
                new CallLogRequest(customerId, ACCOUNT, null, clock.now, "new-customer", "")), "registration is intake's");
        var longNote = assertThrows(InvalidInputException.class, () -> ws.callLog().logCall(ws.session(),
                new CallLogRequest(customerId, ACCOUNT, null, clock.now, "general-enquiry", "x".repeat(201))));
        assertEquals("Note", longNote.violations().get(0).field());
        assertEquals(1, interactions().size(), "nothing logged by a refusal");

        var logged = ws.callLog().logCall(ws.session(), new CallLogRequest(customerId, ACCOUNT, null, clock.now.plusSeconds(999),
                "complaint", " "));
        assertEquals("Identity not checked.", logged.actionsTaken());
        Interaction row = interactions().stream().filter(i -> i.id() == logged.interactionId()).findFirst().orElseThrow();
        assertEquals("Complaint (listen, apologise, solve, thank)", row.nature());
        assertEquals(clock.now, row.startedAt(), "an opening time in the future is not believed");
        assertFalse(ws.callLog().natures().stream().anyMatch(n -> n.scriptId().equals("new-customer")));
    }
}
