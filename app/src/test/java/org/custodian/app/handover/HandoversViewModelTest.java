package org.custodian.app.handover;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.handover.HandoverNote;
import org.custodian.core.handover.HandoverStatus;
import org.custodian.core.handover.Receiver;
import org.custodian.core.handover.Timeliness;
import org.custodian.core.handover.Urgency;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.users.User;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoversViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;

    /** The lead sends two handovers to Sam: one three hours ago, due an hour ago (overdue); one now, due in four hours. */
    @BeforeEach
    void twoHandoversForSam() {
        User sam;
        long customer;
        try (Workspace lead = People.leadSession(People.custodian(dir))) {
            sam = lead.users().add(lead.session(), People.AGENT, People.AGENT_NAME, Role.AGENT, Passphrase.copyOf(People.AGENT_INITIAL));
            customer = Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
            lead.logOut();
        }
        Receiver toSam = new Receiver.Colleague(sam.id(), sam.displayName(), sam.username());
        Clock earlier = Clock.offset(Clock.systemUTC(), Duration.ofHours(-3));
        try (Workspace lead = new Custodian(DataDirectory.at(dir), earlier).logIn(People.LEAD, Passphrase.copyOf(People.LEAD_PASSWORD))) {
            lead.handovers().send(lead.session(), new HandoverNote(customer, "customer-service", toSam, "Wants a call back",
                    "Checked the account", null, Urgency.URGENT, earlier.instant().plus(Duration.ofHours(2))));
            lead.logOut();
        }
        try (Workspace lead = People.logIn(People.custodian(dir), People.LEAD, People.LEAD_PASSWORD)) {
            lead.handovers().send(lead.session(), new HandoverNote(customer, "customer-service", toSam, "Wants the refund explained",
                    "Found two payments", "A call back today", Urgency.HIGH, lead.handovers().defaultDue(Urgency.URGENT).plusSeconds(7200)));
            lead.logOut();
        }
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void theReceiverSeesOverdueFirstReadsTheNoteAndConfirms() {
        workspace = People.logIn(People.custodian(dir), People.AGENT, People.AGENT_INITIAL);
        HandoversViewModel model = new HandoversViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
        assertEquals(List.of(Timeliness.OVERDUE, Timeliness.ON_TIME), model.queue().stream().map(HandoverItem::timeliness).toList());
        assertEquals("2 handovers waiting for you or your departments, 1 overdue (listed first).", model.queueSummaryProperty().get());
        assertTrue(HandoversViewModel.due(model.queue().get(0)).startsWith("Overdue: was due "));
        assertFalse(model.canAcknowledgeProperty().get());

        HandoverItem second = model.queue().get(1);
        model.open(second);
        assertEquals(HandoverStatus.OPENED, model.openedProperty().get().status());
        assertEquals("Priya Shah (" + second.customerReference() + ")", model.detailHeading());
        assertTrue(model.detailRoute().startsWith("From Alex Example to Sam Sample, sent "), model.detailRoute());
        assertTrue(model.detailUrgency().startsWith("High. Needed by "), model.detailUrgency());
        assertEquals("A call back today", model.detailPromised());
        assertTrue(model.canAcknowledgeProperty().get());

        model.acknowledge();
        assertEquals(HandoverStatus.ACKNOWLEDGED, model.openedProperty().get().status());
        assertEquals(1, model.queue().size());
        assertTrue(model.successProperty().get().startsWith("Confirmed: the handover about Priya Shah is yours now"));
        assertFalse(model.canAcknowledgeProperty().get());
        assertTrue(model.detailStanding().startsWith("Confirmed by Sam Sample, "));
        assertFalse(model.managesDepartments());

        model.open(model.queue().get(0));
        assertTrue(model.detailUrgency().startsWith("Urgent. Overdue: it was needed by "), model.detailUrgency());
        assertEquals("Nothing was promised.", model.detailPromised());
    }

    @Test
    void theSenderSeesWhereEachStandsAndTeamLeadsKeepTheDepartments() {
        workspace = People.logIn(People.custodian(dir), People.LEAD, People.LEAD_PASSWORD);
        HandoversViewModel model = new HandoversViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
        assertEquals("Nothing is waiting for you.", model.queueSummaryProperty().get());
        assertEquals(2, model.sent().size());
        assertEquals("Sent, not yet opened (overdue)", HandoversViewModel.standing(model.sent().get(1)));
        model.open(model.sent().get(0));
        assertEquals("Sent, not yet opened. Only Sam Sample can confirm it.", model.detailStanding());
        assertFalse(model.canAcknowledgeProperty().get());

        assertTrue(model.managesDepartments());
        model.newDepartmentProperty().set("<none>");
        model.addDepartment();
        assertTrue(model.messageProperty().get().startsWith("Department: use 2 to 60 letters"), model.messageProperty().get());
        model.newDepartmentProperty().set("Debt & Recovery");
        model.addDepartment();
        assertEquals("Debt & Recovery added: handovers can now go to its queue.", model.successProperty().get());
        assertTrue(model.departments().stream().anyMatch(d -> d.name().equals("Debt & Recovery") && d.active()));
        model.departmentProperty().set(model.departments().stream().filter(d -> d.code().equals("billing")).findFirst().orElseThrow());
        model.retireDepartment();
        assertTrue(model.departments().stream().anyMatch(d -> d.code().equals("billing") && !d.active()));
    }
}
