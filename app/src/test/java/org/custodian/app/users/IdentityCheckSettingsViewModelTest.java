package org.custodian.app.users;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.EnumSet;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCheckSettingsViewModelTest {

    @TempDir Path dir;

    private static void tick(IdentityCheckSettingsViewModel model, VerificationItem item, boolean on) {
        model.items().stream().filter(c -> c.item() == item).findFirst().orElseThrow().chosen().set(on);
    }

    @Test
    void aTeamLeadChoosesTheItemsAndHowManyAndABadChoiceIsOneSentence() {
        try (Workspace lead = People.leadSession(People.custodian(dir))) {
            IdentityCheckSettingsViewModel model = new UsersViewModel(lead, new SynchronousTaskRunner(), () -> { }).identityCheck();
            model.refresh();
            assertTrue(model.items().stream().allMatch(c -> c.chosen().get()), "every item is allowed until a team lead changes it");
            assertEquals(2, model.requiredProperty().get());

            tick(model, VerificationItem.SECURITY_ANSWER, false);
            tick(model, VerificationItem.PHONE_LAST_FOUR, false);
            model.requiredProperty().set(3);
            model.save();
            assertEquals("Correct answers needed: choose at most 2, the number of items ticked, or tick more items.",
                    model.messageProperty().get());
            assertEquals("", model.successProperty().get());
            assertEquals(VerificationPolicy.DEFAULT, lead.settings().verificationPolicy(), "a refused choice alters nothing");

            model.requiredProperty().set(2);
            model.save();
            assertEquals("", model.messageProperty().get());
            assertEquals("Callers must now answer 2 of 2 items correctly: date of birth or postcode.", model.successProperty().get());
            assertEquals(new VerificationPolicy(EnumSet.of(VerificationItem.DATE_OF_BIRTH, VerificationItem.POSTCODE), 2),
                    lead.settings().verificationPolicy());

            model.items().forEach(c -> c.chosen().set(false));
            model.save();
            assertEquals("Items to ask: tick at least one item callers can be asked.", model.messageProperty().get());
        }
    }

    @Test
    void addingAUserLeavesAnUnsavedChoiceOfCheckOnScreen() {
        try (Workspace lead = People.leadSession(People.custodian(dir))) {
            UsersViewModel users = new UsersViewModel(lead, new SynchronousTaskRunner(), () -> { });
            users.refresh();
            tick(users.identityCheck(), VerificationItem.SECURITY_ANSWER, false);
            var form = users.addUser();
            form.usernameProperty().set(People.AGENT);
            form.displayNameProperty().set(People.AGENT_NAME);
            form.roleProperty().set(org.custodian.core.auth.Role.AGENT);
            form.passwordProperty().set(People.AGENT_INITIAL);
            form.confirmProperty().set(People.AGENT_INITIAL);
            form.add();
            assertEquals(2, users.users().size(), form.messageProperty().get());
            assertFalse(users.identityCheck().items().stream().filter(c -> c.item() == VerificationItem.SECURITY_ANSWER)
                    .findFirst().orElseThrow().chosen().get(), "the team lead's unsaved untick is still there");
        }
    }

    @Test
    void anAgentIsToldTheCheckIsATeamLeadsToSee() {
        Custodian custodian = People.storeWithAgent(dir);
        try (Workspace agent = People.logIn(custodian, People.AGENT, People.AGENT_INITIAL)) {
            IdentityCheckSettingsViewModel model = new IdentityCheckSettingsViewModel(agent, new SynchronousTaskRunner());
            model.refresh();
            assertTrue(model.messageProperty().get().startsWith("Only a team lead can see the identity check"), model.messageProperty().get());
            model.requiredProperty().set(1);
            model.save();
            assertTrue(model.messageProperty().get().startsWith("Only a team lead can change the identity check"), model.messageProperty().get());
            assertEquals(VerificationPolicy.DEFAULT, agent.settings().verificationPolicy());
        }
    }
}
