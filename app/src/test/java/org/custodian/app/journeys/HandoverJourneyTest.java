package org.custodian.app.journeys;

import static org.custodian.app.support.Screens.text;
import static org.custodian.app.support.Screens.waitFor;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.app.support.AppUnderTest;
import org.custodian.app.support.Calls;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.Screens;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.handover.HandoverNote;
import org.custodian.core.handover.Receiver;
import org.custodian.core.handover.Urgency;
import org.custodian.core.search.SearchHit;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.users.User;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 5's acceptance: a handover sent by one user is acknowledged by another. The team lead opens a customer's
 * record for a purpose and hands it over to an agent with a note; the agent logs in, finds it in their queue (under
 * an overdue one, which stands out), reads the whole note and confirms they understand. Both sides are events.
 */
@ExtendWith(ApplicationExtension.class)
class HandoverJourneyTest {

    private static final String NEED = "Wants the duplicate charge on the November bill explained";
    private final AppUnderTest app = new AppUnderTest();
    private long agentId;

    @Start
    void start(Stage stage) {
        Custodian custodian = People.custodian(app.dataDirectory());
        User agent;
        long oliver;
        try (Workspace lead = People.leadSession(custodian)) {
            agent = lead.users().add(lead.session(), People.AGENT, People.AGENT_NAME, Role.AGENT,
                    Passphrase.copyOf(People.AGENT_INITIAL));
            Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
            oliver = Customers.save(lead, Customers.like("Oliver Brown", "07700 900654", "oliver.brown@example.com"));
            lead.logOut();
        }
        agentId = agent.id();
        try (Workspace sam = People.logIn(custodian, People.AGENT, People.AGENT_INITIAL)) {
            sam.users().changeOwnPassword(sam.session(), Passphrase.copyOf(People.AGENT_INITIAL), Passphrase.copyOf(People.AGENT_OWN));
            sam.logOut();
        }
        // sent three hours ago and needed within two: overdue by now
        Clock earlier = Clock.offset(Clock.systemDefaultZone(), Duration.ofHours(-3));
        try (Workspace lead = new Custodian(DataDirectory.at(app.dataDirectory()), earlier)
                .logIn(People.LEAD, Passphrase.copyOf(People.LEAD_PASSWORD))) {
            lead.handovers().send(lead.session(), new HandoverNote(oliver, "customer-service",
                    new Receiver.Colleague(agent.id(), agent.displayName(), agent.username()), "Wants a call back about a letter",
                    "Nothing yet", null, Urgency.URGENT, earlier.instant().plus(Duration.ofHours(2))));
            lead.logOut();
        }
        app.start(stage, null);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /** An item in an open drop-down list, never a label elsewhere with the same words. */
    private static Node listCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query();
    }

    private static void within(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    @Test
    void aHandoverSentByOneUserIsAcknowledgedByAnother(FxRobot robot) throws Exception {
        // the team lead finds Priya Shah and opens her record for a purpose
        Calls.logInToIntake(robot);
        robot.clickOn("#navSearch");
        waitFor(robot, "#searchField");
        robot.clickOn("#searchField").write("Priya Shah");
        @SuppressWarnings("unchecked")
        TableView<SearchHit> results = robot.lookup("#searchResults").queryTableView();
        within(10, () -> !results.getItems().isEmpty() && results.getItems().get(0).fullName().equals("Priya Shah"));
        robot.clickOn("#purposeChoice");
        robot.clickOn(listCell(robot, "Answering the customer's enquiry"));
        robot.clickOn("#openRecord");
        waitFor(robot, "#recordName");

        // hands it over to Sam: a send with nothing chosen is refused and the form stays open
        robot.clickOn("#handoverButton");
        waitFor(robot, "#handoverDialog");
        Screens.assertAccessible(robot);
        robot.clickOn("#sendHandover");
        waitFor(robot, "#handoverToProblem");
        assertEquals("To: choose a colleague or a department.", text(robot, "#handoverToProblem"));
        assertEquals("Customer's need: say what the customer needs.", text(robot, "#handoverNeedProblem"));
        robot.clickOn("#handoverTo");
        robot.clickOn(listCell(robot, "Sam Sample (sam.agent)"));
        robot.clickOn("#handoverNeed").write(NEED);
        robot.clickOn("#handoverDone").write("Checked the account and found two payments");
        robot.clickOn("#handoverPromised").write("A call back today with the refund date");
        robot.clickOn("#handoverUrgency");
        robot.clickOn(listCell(robot, "Urgent (by default within 2 hours)"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Screens.showing(robot, "#handoverToProblem"), "fixed as typed");
        assertFalse(robot.lookup("#handoverDueTime").queryTextInputControl().getText().isEmpty(), "urgency filled the time");
        robot.clickOn("#sendHandover");
        waitFor(robot, "#recordSuccess");
        assertTrue(text(robot, "#recordSuccess").startsWith("Handed over to Sam Sample, needed by "), text(robot, "#recordSuccess"));
        @SuppressWarnings("unchecked")
        TableView<HandoverItem> onRecord = robot.lookup("#recordHandoversTable").queryTableView();
        within(5, () -> onRecord.getItems().size() == 1);
        assertEquals("Sent, not yet opened", onRecord.getItems().get(0).status().label());

        // the agent logs in and finds it in their queue, under the overdue one
        robot.clickOn("#logOutButton");
        waitFor(robot, "#loginScreen");
        robot.clickOn("#username").write(People.AGENT);
        robot.clickOn("#password").write(People.AGENT_OWN).type(KeyCode.ENTER);
        waitFor(robot, "#homeScreen");
        robot.clickOn("#navHandovers");
        waitFor(robot, "#handoverQueue");
        @SuppressWarnings("unchecked")
        TableView<HandoverItem> queue = robot.lookup("#handoverQueue").queryTableView();
        within(10, () -> queue.getItems().size() == 2);
        Screens.assertAccessible(robot);
        assertEquals(List.of("Oliver Brown", "Priya Shah"), queue.getItems().stream().map(HandoverItem::customerName).toList());
        assertEquals("2 handovers waiting for you or your departments, 1 overdue (listed first).", text(robot, "#queueSummary"));
        TableRow<?> overdueRow = robot.lookup(".table-row-cell.overdue").queryAs(TableRow.class);
        assertEquals("Oliver Brown", ((HandoverItem) overdueRow.getItem()).customerName(), "the overdue one stands out");
        assertTrue(robot.lookup(".table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(
                org.hamcrest.Matchers.startsWith("Overdue: was due "))).tryQuery().isPresent(), "and says so in words");

        // opens Priya's, reads the whole note, and confirms
        Node priyaRow = robot.lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> row && row.getItem() instanceof HandoverItem h
                && h.customerName().equals("Priya Shah")).query();
        robot.clickOn(priyaRow);
        within(10, () -> Screens.showing(robot, "#detailNeed") && NEED.equals(text(robot, "#detailNeed")));
        assertTrue(text(robot, "#detailRoute").startsWith("From Alex Example to Sam Sample, sent "), text(robot, "#detailRoute"));
        assertEquals("A call back today with the refund date", text(robot, "#detailPromised"));
        assertTrue(text(robot, "#detailUrgency").startsWith("Urgent. Needed by "), text(robot, "#detailUrgency"));
        robot.clickOn("#acknowledgeHandover");
        waitFor(robot, "#handoversSuccess");
        assertTrue(text(robot, "#handoversSuccess").startsWith("Confirmed: the handover about Priya Shah is yours now"));
        within(10, () -> queue.getItems().size() == 1);
        assertTrue(robot.lookup("#acknowledgeHandover").queryButton().isDisabled());

        Calls.afterLogOut(robot, app.dataDirectory(), lead -> {
            var events = lead.store().dsl().select(EVENT.ACTOR_ID, EVENT.ACTION, EVENT.PURPOSE, EVENT.DETAILS).from(EVENT)
                    .where(EVENT.ACTION.like("HANDOVER_%")).orderBy(EVENT.SEQ).fetch();
            assertEquals(List.of("HANDOVER_SENT", "HANDOVER_SENT", "HANDOVER_OPENED", "HANDOVER_ACKNOWLEDGED"),
                    events.map(r -> r.value2()));
            long leadId = lead.session().userId();
            assertEquals(List.of(leadId, leadId, agentId, agentId), events.map(r -> r.value1()));
            assertTrue(events.stream().allMatch(r -> "customer-service".equals(r.value3())), "each names the purpose");
            assertTrue(events.get(1).value4().endsWith(";to_user=" + agentId + ";urgency=URGENT"), events.get(1).value4());
            assertTrue(events.get(3).value4().endsWith(";overdue=false"), events.get(3).value4());
            assertTrue(events.stream().noneMatch(r -> r.value4().contains("charge") || r.value4().contains("Priya")),
                    "no note text or name in any event");
        });
    }
}
