package org.custodian.app.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangePasswordViewModelTest {

    @TempDir Path dir;
    private Custodian custodian;
    private Workspace workspace;
    private int changed;
    private ChangePasswordViewModel model;

    @BeforeEach
    void agentWithATeamLeadsPassword() {
        custodian = People.storeWithAgent(dir);
        workspace = People.logIn(custodian, People.AGENT, People.AGENT_INITIAL);
        model = new ChangePasswordViewModel(workspace, new SynchronousTaskRunner(), workspace.mustChangePassword(),
                () -> changed++);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aPasswordSetByATeamLeadForcesTheChange() {
        assertTrue(model.forced());
    }

    @Test
    void wrongCurrentPasswordIsShownBesideItsField() {
        model.currentProperty().set("not the one");
        model.nextProperty().set(People.AGENT_OWN);
        model.confirmProperty().set(People.AGENT_OWN);

        model.change();

        assertTrue(model.fieldMessage(ChangePasswordViewModel.CURRENT_FIELD).get().startsWith("Current password:"));
        assertEquals(0, changed);
    }

    @Test
    void mismatchedConfirmationStopsBeforeCore() {
        model.currentProperty().set(People.AGENT_INITIAL);
        model.nextProperty().set(People.AGENT_OWN);
        model.confirmProperty().set(People.AGENT_OWN + "!");

        model.change();

        assertFalse(model.fieldMessage(ChangePasswordViewModel.CONFIRM_FIELD).get().isEmpty());
        assertEquals(0, changed);
    }

    @Test
    void aNewPasswordContainingTheUsernameIsRefusedByCore() {
        model.currentProperty().set(People.AGENT_INITIAL);
        model.nextProperty().set("i am sam.agent forever");
        model.confirmProperty().set("i am sam.agent forever");

        model.change();

        assertTrue(model.fieldMessage(PasswordPolicy.FIELD).get().contains("must not contain the username"));
    }

    @Test
    void aGoodChangeOpensTheStoreWithTheNewPasswordFromThenOn() {
        model.currentProperty().set(People.AGENT_INITIAL);
        model.nextProperty().set(People.AGENT_OWN);
        model.confirmProperty().set(People.AGENT_OWN);

        model.change();

        assertEquals(1, changed);
        assertEquals("", model.currentProperty().get());
        workspace.logOut();
        workspace = People.logIn(custodian, People.AGENT, People.AGENT_OWN);
        assertFalse(workspace.mustChangePassword());
    }
}
