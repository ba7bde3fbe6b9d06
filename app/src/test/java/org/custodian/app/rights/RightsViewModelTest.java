package org.custodian.app.rights;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.rights.IdentityStatus;
import org.custodian.core.rights.RightKind;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RightsViewModelTest {

    @TempDir Path dir;
    @TempDir Path out;
    private Workspace workspace;
    private long priya;

    /** Two requests: an erasure received two months ago (overdue), and an access request today awaiting identity. */
    @BeforeEach
    void twoRequests() {
        try (Workspace lead = People.leadSession(People.custodian(dir))) {
            lead.users().add(lead.session(), People.AGENT, People.AGENT_NAME, Role.AGENT, Passphrase.copyOf(People.AGENT_INITIAL));
            priya = Customers.save(lead, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
            long oliver = Customers.save(lead, Customers.like("Oliver Brown", "07700 900654", "oliver.brown@example.com"));
            LocalDate today = lead.rights().requests().today();
            lead.rights().requests().log(lead.session(), priya, RightKind.ACCESS, today, IdentityStatus.AWAITING);
            lead.rights().requests().log(lead.session(), oliver, RightKind.ERASURE, today.minusMonths(2), IdentityStatus.NOT_NEEDED);
            lead.logOut();
        }
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private RightsViewModel as(String user, String password) {
        workspace = People.logIn(People.custodian(dir), user, password);
        RightsViewModel model = new RightsViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
        return model;
    }

    @Test
    void theQueueListsOverdueFirstAndSaysSoInWords() {
        RightsViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        assertEquals("2 open requests, 1 overdue (listed first).", model.summaryProperty().get());
        assertTrue(model.queue().get(0).overdue());
        assertTrue(model.queue().get(0).countdownText().startsWith("Overdue by "), model.queue().get(0).countdownText());
        assertEquals("Oliver Brown (", RightsViewModel.customer(model.queue().get(0)).substring(0, 14));
        assertEquals("Awaited", RightsViewModel.identity(model.queue().get(1)));
    }

    @Test
    void anActionNeedsAChosenRequest() {
        RightsViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.identityArrived();
        assertEquals("Request: choose one in the list first.", model.messageProperty().get());
        assertFalse(model.canActProperty().get());
    }

    @Test
    void identityEvidenceStartsTheClockAndTheExportGoesToTheChosenFolder() throws Exception {
        RightsViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.chosenProperty().set(model.queue().get(1));
        model.export();
        assertEquals("Folder: choose an existing folder to save the files in.", model.messageProperty().get());
        model.exportFolderProperty().set(out.toString());
        model.export();
        assertEquals("Identity evidence: record that it arrived before sending anyone this person's data.", model.messageProperty().get());
        assertEquals(0, Files.list(out).count(), "nothing written");

        model.identityArrived();
        assertTrue(model.successProperty().get().startsWith("Identity evidence recorded: the request is now due by "));
        assertEquals(IdentityStatus.VERIFIED, model.chosenProperty().get().request().identity(), "still chosen after the refresh");
        model.export();
        assertTrue(model.successProperty().get().startsWith("Saved "), model.successProperty().get());
        assertEquals(2, Files.list(out).count());
    }

    @Test
    void anAgentSeesTheQueueButCoreRefusesTeamLeadActions() {
        // the agent sets their own password first, as the app makes them
        try (Workspace sam = People.logIn(People.custodian(dir), People.AGENT, People.AGENT_INITIAL)) {
            sam.users().changeOwnPassword(sam.session(), Passphrase.copyOf(People.AGENT_INITIAL), Passphrase.copyOf(People.AGENT_OWN));
        }
        RightsViewModel model = as(People.AGENT, People.AGENT_OWN);
        assertFalse(model.teamLead());
        assertEquals(2, model.queue().size());
        model.chosenProperty().set(model.queue().get(0));
        model.erase();
        assertEquals("Only a team lead can erase a customer's data.", model.messageProperty().get());
        assertEquals(2, model.queue().size());
    }

    @Test
    void aLegalHoldStopsErasureWithItsReasonUntilReleased() {
        RightsViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.chosenProperty().set(model.queue().get(0));
        model.holdReasonProperty().set("Claim 2026-114 in the county court");
        model.placeHold();
        assertTrue(model.successProperty().get().startsWith("Legal hold placed on Oliver Brown"), model.successProperty().get());
        assertEquals("", model.holdReasonProperty().get());
        model.erase();
        assertEquals("Erasure: the record is under a legal hold (Claim 2026-114 in the county court); it can be erased only after "
                + "a team lead releases the hold.", model.messageProperty().get());
        assertEquals(2, model.queue().size());
        model.releaseHold();
        model.erase();
        assertEquals("Erased: the record now holds only its reference, and the request is closed.", model.successProperty().get());
    }

    @Test
    void erasingAnErasureRequestClosesIt() {
        RightsViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.chosenProperty().set(model.queue().get(0));
        model.erase();
        assertEquals("Erased: the record now holds only its reference, and the request is closed.", model.successProperty().get());
        assertEquals(1, model.queue().size());
        assertEquals("1 open request.", model.summaryProperty().get());
    }
}
