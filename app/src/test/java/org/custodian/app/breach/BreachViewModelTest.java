package org.custodian.app.breach;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.rights.BreachStatus;
import org.custodian.core.users.User;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreachViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private BreachViewModel model;
    private User sam;

    /** Sam opens two customers' records today; the lead opens one more. */
    @BeforeEach
    void accesses() {
        workspace = People.leadSession(People.custodian(dir));
        sam = workspace.users().add(workspace.session(), People.AGENT, People.AGENT_NAME, Role.AGENT,
                Passphrase.copyOf(People.AGENT_INITIAL));
        long priya = Customers.save(workspace, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
        long oliver = Customers.save(workspace, Customers.like("Oliver Brown", "07700 900654", "oliver.brown@example.com"));
        var asSam = new org.custodian.core.auth.Session(sam.id(), sam.username(), sam.displayName(), Role.AGENT);
        workspace.records().open(asSam, priya, "customer-service");
        workspace.records().open(asSam, oliver, "customer-service");
        workspace.records().open(workspace.session(), oliver, "customer-service");
        model = new BreachViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aBreachFindsTheRecordsTheAgentOpenedAndStartsTheClock() {
        model.summaryProperty().set("Agent laptop left unlocked on a train");
        model.fromTimeProperty().set("0:00");
        model.toTimeProperty().set("23:59");
        model.agentProperty().set(model.agents().stream().filter(u -> u.id() == sam.id()).findFirst().orElseThrow());
        model.record();
        assertEquals("", model.messageProperty().get());
        assertTrue(model.successProperty().get().startsWith("Breach recorded: 2 records were touched in that window. "),
                model.successProperty().get());
        assertTrue(model.successProperty().get().endsWith("left to tell the ICO."), model.successProperty().get());
        assertEquals(1, model.register().size());
        assertEquals(2, model.affected().size(), "the chosen breach lists its records");
        assertFalse(BreachViewModel.overdue(model.register().get(0)));

        model.statusProperty().set(BreachStatus.REPORTED);
        model.setStatus();
        assertTrue(model.successProperty().get().contains("is now reported to the ico. Reported to the ICO within 72 hours."),
                model.successProperty().get());
    }

    @Test
    void aTimeThatIsNotHoursAndMinutesIsNamedAndNothingIsRecorded() {
        model.summaryProperty().set("Letter sent to the wrong address");
        model.awareTimeProperty().set("half past two");
        model.record();
        assertEquals("Became aware: type the time as hours and minutes, for example 14:30.", model.messageProperty().get());
        assertTrue(model.register().isEmpty());
    }

    @Test
    void coreRefusesABreachWithoutASummary() {
        model.record();
        assertTrue(model.messageProperty().get().startsWith("Summary: say what happened, without naming customers."),
                model.messageProperty().get());
        assertTrue(model.register().isEmpty());
    }
}
