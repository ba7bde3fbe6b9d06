package org.custodian.app.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.handover.HandoverRules;
import org.custodian.core.handover.Receiver;
import org.custodian.core.handover.Urgency;
import org.custodian.core.records.RecordView;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoverViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private RecordView record;
    private final List<HandoverItem> sent = new ArrayList<>();
    private HandoverViewModel model;
    private int closed;

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir));
        workspace.users().add(workspace.session(), People.AGENT, People.AGENT_NAME, Role.AGENT, Passphrase.copyOf(People.AGENT_INITIAL));
        long id = Customers.save(workspace, Customers.SAM);
        record = workspace.records().open(workspace.session(), id, "customer-service");
        model = new HandoverViewModel(workspace, new SynchronousTaskRunner(), record, sent::add);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Receiver sam() {
        return model.receivers().stream().filter(r -> r.label().equals("Sam Sample (sam.agent)")).findFirst().orElseThrow();
    }

    @Test
    void theReceiversAreDepartmentsThenColleaguesAndUrgencyFillsTheByWhen() {
        assertEquals("Billing (department queue)", model.receivers().get(0).label());
        assertTrue(model.receivers().contains(sam()));
        assertNull(model.dueDateProperty().get());
        Instant before = Instant.now();
        model.urgencyProperty().set(Urgency.URGENT);
        ZonedDateTime due = model.dueDateProperty().get().atTime(java.time.LocalTime.parse(model.dueTimeProperty().get()))
                .atZone(HandoverViewModel.ZONE);
        assertTrue(due.toInstant().isAfter(before.plusSeconds(2 * 3600 - 60)) && due.toInstant().isBefore(before.plusSeconds(2 * 3600 + 600)),
                "about two hours ahead: " + due);
        model.urgencyProperty().set(Urgency.ROUTINE);
        assertEquals(LocalDate.ofInstant(before.plusSeconds(3 * 86400 + 300), HandoverViewModel.ZONE), model.dueDateProperty().get());
        model.dueTimeProperty().set("09:30");
        model.urgencyProperty().set(Urgency.HIGH);
        assertEquals("09:30", model.dueTimeProperty().get(), "a time the agent chose is kept");
        assertEquals("Urgent (by default within 2 hours)", HandoverViewModel.describe(Urgency.URGENT));
        assertEquals("Routine (by default within 3 days)", HandoverViewModel.describe(Urgency.ROUTINE));
    }

    @Test
    void eachFieldIsJudgedByCoreOnceTheAgentHasBeenThere() {
        model.needProperty().set("x");
        model.needProperty().set(" ");
        assertEquals("Customer's need: say what the customer needs.", model.problemOf(HandoverRules.NEED).get());
        assertEquals("", model.problemOf(HandoverRules.DONE).get(), "not visited yet");
        model.needProperty().set("Card 4111 1111 1111 1111 was charged twice");
        assertTrue(model.problemOf(HandoverRules.NEED).get().startsWith("Customer's need: remove the card number"));
        model.urgencyProperty().set(Urgency.HIGH);
        model.dueTimeProperty().set("25:00");
        assertEquals("By when: type the time as hours and minutes, for example 16:30.", model.problemOf(HandoverRules.DUE).get());
        model.dueDateProperty().set(LocalDate.now(HandoverViewModel.ZONE).minusDays(1));
        model.dueTimeProperty().set("10:00");
        assertEquals("By when: choose a time that has not passed yet.", model.problemOf(HandoverRules.DUE).get());
        assertFalse(model.validProperty().get());
    }

    @Test
    void sendingWithProblemsNamesThemAllAndKeepsTheFormOpen() {
        model.needProperty().set("Wants the refund explained");
        model.send(() -> closed++);
        assertEquals(0, closed);
        assertEquals("To: choose a colleague or a department.", model.problemOf(HandoverRules.TO).get());
        assertTrue(model.problemOf(HandoverRules.DONE).get().startsWith("What has been done: "));
        assertEquals("Urgency: choose how urgent this is.", model.problemOf(HandoverRules.URGENCY).get());
        assertEquals("Check the fields marked below; nothing has been sent yet.", model.problemsProperty().get());
        assertEquals("Wants the refund explained", model.needProperty().get(), "nothing typed is lost");
        assertTrue(workspace.handovers().sent(workspace.session()).isEmpty());
    }

    @Test
    void aCompleteNoteIsSentAndTheRecordHears() {
        model.toProperty().set(sam());
        model.needProperty().set("Wants the refund explained");
        model.doneProperty().set("Checked the account");
        model.urgencyProperty().set(Urgency.URGENT);
        assertTrue(model.validProperty().get());
        assertTrue(model.canSendProperty().get());
        model.send(() -> closed++);
        assertEquals(1, closed);
        assertEquals(1, sent.size());
        assertEquals("Sam Sample", sent.get(0).toLabel());
        assertNull(sent.get(0).handover().promised(), "nothing promised");
        assertEquals(1, workspace.handovers().forCustomer(workspace.session(), record.customerId()).size());
    }

    @Test
    void theRecordListsTheCustomersHandoversAndSaysWhenOneIsSent() {
        CustomerRecordViewModel recordModel = new CustomerRecordViewModel(workspace, new SynchronousTaskRunner(), record, () -> { });
        assertTrue(recordModel.handovers().isEmpty());
        HandoverViewModel form = recordModel.handover();
        form.toProperty().set(form.receivers().get(0));
        form.needProperty().set("Wants the refund explained");
        form.doneProperty().set("Nothing yet");
        form.urgencyProperty().set(Urgency.HIGH);
        form.send(() -> { });
        assertEquals(1, recordModel.handovers().size());
        assertTrue(recordModel.successProperty().get().startsWith("Handed over to Billing (department queue), needed by "),
                recordModel.successProperty().get());
        assertTrue(CustomerRecordViewModel.handoverStanding(recordModel.handovers().get(0)).startsWith("Sent, not yet opened; due "));
    }
}
