package org.custodian.app.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.records.RecordView;
import org.custodian.core.rights.RightKind;
import org.custodian.core.rights.RightsCase;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RightsRequestViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private RecordView record;
    private final List<RightsCase> logged = new ArrayList<>();
    private final boolean[] closed = {false};

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir));
        long id = Customers.save(workspace, Customers.like("Priya Shah", "07700 900321", "priya.shah@example.com"));
        record = workspace.records().open(workspace.session(), id, "customer-service");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private RightsRequestViewModel model() {
        return new RightsRequestViewModel(workspace, new SynchronousTaskRunner(), record, logged::add);
    }

    @Test
    void receivedDefaultsToTodayAndTheRightMustBeChosen() {
        RightsRequestViewModel model = model();
        assertEquals(workspace.rights().requests().today(), model.receivedProperty().get());
        model.log(() -> closed[0] = true);
        assertEquals("Right: choose which right the customer is asking to use.", model.problemsProperty().get());
        assertFalse(closed[0], "the form stays open");
        assertTrue(logged.isEmpty());
    }

    @Test
    void aFutureDayIsRefusedByCoreAndTheFormKeepsWhatWasChosen() {
        RightsRequestViewModel model = model();
        model.kindProperty().set(RightKind.ERASURE);
        model.receivedProperty().set(workspace.rights().requests().today().plusDays(1));
        model.log(() -> closed[0] = true);
        assertEquals("Received: the day it arrived cannot be in the future.", model.problemsProperty().get());
        assertEquals(RightKind.ERASURE, model.kindProperty().get());
        assertFalse(closed[0]);
    }

    @Test
    void loggedAwaitingIdentityHasNoDueDateAndClosesTheForm() {
        RightsRequestViewModel model = model();
        model.kindProperty().set(RightKind.ACCESS);
        model.identityAwaitedProperty().set(true);
        model.log(() -> closed[0] = true);
        assertTrue(closed[0]);
        assertEquals(1, logged.size());
        assertNull(logged.get(0).request().dueOn());
        assertEquals("Access (subject access request) (UK GDPR Art 15)", RightsRequestViewModel.describe(RightKind.ACCESS));
    }
}
