package org.custodian.app.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Usernames;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersViewModelTest {

    @TempDir Path dir;
    private Custodian custodian;
    private Workspace workspace;
    private int idleLockChanges;

    @BeforeEach
    void store() {
        custodian = People.storeWithAgent(dir);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private UsersViewModel as(String username, String password) {
        workspace = People.logIn(custodian, username, password);
        return new UsersViewModel(workspace, new SynchronousTaskRunner(), () -> idleLockChanges++);
    }

    @Test
    void anAgentWhoReachesThePageAnywayGetsCoresRefusal() {
        UsersViewModel model = as(People.AGENT, People.AGENT_INITIAL);

        model.refresh();

        assertEquals(new AccessDeniedException("see the list of users", Role.TEAM_LEAD.withArticle()).userMessage(),
                model.messageProperty().get());
        assertTrue(model.users().isEmpty());

        model.addUser().usernameProperty().set("kim.agent");
        model.addUser().displayNameProperty().set("Kim Placeholder");
        model.addUser().passwordProperty().set("granite pelican sofa 7");
        model.addUser().confirmProperty().set("granite pelican sofa 7");
        model.addUser().add();
        assertEquals("Only a team lead can add users.", model.addUser().messageProperty().get());
    }

    @Test
    void leadSeesTheTeamAndAddsSomeone() {
        UsersViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.refresh();
        assertEquals(2, model.users().size());

        AddUserViewModel form = model.addUser();
        form.usernameProperty().set("kim.agent");
        form.displayNameProperty().set("Kim Placeholder");
        form.passwordProperty().set("granite pelican sofa 7");
        form.confirmProperty().set("granite pelican sofa 7");
        form.add();

        assertTrue(form.successProperty().get().startsWith("Added kim.agent as an agent."));
        assertEquals(3, model.users().size());
        UserRow kim = model.users().stream().filter(r -> r.username().equals("kim.agent")).findFirst().orElseThrow();
        assertEquals("Password change due", kim.status());
        assertEquals("", form.passwordProperty().get());
    }

    @Test
    void addFormShowsCoresViolationsBesideTheirFields() {
        UsersViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        AddUserViewModel form = model.addUser();
        form.usernameProperty().set(People.AGENT);
        form.displayNameProperty().set("Another Sample");
        form.passwordProperty().set("sam.agent is me 2024");
        form.confirmProperty().set("sam.agent is me 2024");

        form.add();

        assertTrue(form.fieldMessage(PasswordPolicy.FIELD).get().contains("must not contain the username"));
        assertEquals("", form.fieldMessage(Usernames.FIELD).get());
    }

    @Test
    void resetNeedsMatchingConfirmationAndThenForcesAChangeAtNextLogin() {
        UsersViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.refresh();
        model.selectedProperty().set(model.users().stream()
                .filter(r -> r.username().equals(People.AGENT)).findFirst().orElseThrow());

        model.resetPasswordProperty().set("lighthouse gravel anthem 3");
        model.resetConfirmProperty().set("lighthouse gravel anthem 4");
        model.resetSelectedPassword();
        assertTrue(model.messageProperty().get().startsWith("Confirm new password:"));

        model.resetConfirmProperty().set("lighthouse gravel anthem 3");
        model.resetSelectedPassword();
        assertTrue(model.successProperty().get().startsWith("Password reset for sam.agent."));
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void aLeadCannotDisableThemselvesAndCoreSaysWhy() {
        UsersViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.refresh();
        model.selectedProperty().set(model.users().stream()
                .filter(r -> r.username().equals(People.LEAD)).findFirst().orElseThrow());

        model.disableSelected();

        assertTrue(model.messageProperty().get().contains("you cannot disable your own account"));
    }

    @Test
    void disablingAnAgentShowsInTheList() {
        UsersViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.refresh();
        model.selectedProperty().set(model.users().stream()
                .filter(r -> r.username().equals(People.AGENT)).findFirst().orElseThrow());

        model.disableSelected();

        assertTrue(model.selectedProperty().get().disabled());
        assertTrue(model.cannotDisable().get());
    }

    @Test
    void idleLockSettingIsSavedThroughCore() {
        UsersViewModel model = as(People.LEAD, People.LEAD_PASSWORD);
        model.refresh();
        assertEquals(5, model.idleMinutesProperty().get());

        model.idleMinutesProperty().set(12);
        model.saveIdleLock();

        assertEquals(12, workspace.settings().idleLock().toMinutes());
        assertEquals(1, idleLockChanges);
    }
}
