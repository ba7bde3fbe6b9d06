package org.custodian.app.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactStaleSettingTest {

    @TempDir Path dir;
    private Workspace workspace;

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aTeamLeadChangesWhenContactDetailsNeedReconfirmingAndABadValueIsExplained() {
        workspace = People.leadSession(People.custodian(dir));
        UsersViewModel model = new UsersViewModel(workspace, new SynchronousTaskRunner(), () -> { });
        model.refresh();
        assertEquals(12, model.staleMonthsProperty().get(), "twelve months unless a team lead changes it");

        model.staleMonthsProperty().set(24);
        model.saveStaleMonths();
        assertEquals("Agents are now asked to re-confirm a phone number or email not confirmed for 24 months.",
                model.successProperty().get());
        assertEquals(24, workspace.settings().contactStaleMonths());

        model.staleMonthsProperty().set(0);
        model.saveStaleMonths();
        assertEquals("Re-confirm after: choose between 1 and 60 months.", model.messageProperty().get());
        assertEquals(24, workspace.settings().contactStaleMonths(), "nothing saved is altered");
    }
}
