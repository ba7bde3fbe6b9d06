package org.custodian.app.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    private static HomeViewModel as(Role role) {
        return new HomeViewModel(new Session(7, "sam.agent", "Sam Sample", role), () -> { }, () -> { });
    }

    @Test
    void agentsAreNotOfferedTeamLeadPages() {
        HomeViewModel agent = as(Role.AGENT);

        assertFalse(agent.pages().contains(Page.USERS));
        assertFalse(agent.pages().contains(Page.AUDIT));
        assertFalse(agent.pages().contains(Page.SCRIPTS));
        assertFalse(agent.pages().contains(Page.PRACTICE));
        assertFalse(agent.pages().contains(Page.BREACHES));
        assertTrue(agent.pages().contains(Page.RIGHTS));
        assertTrue(agent.pages().containsAll(java.util.List.of(Page.INTAKE, Page.SEARCH, Page.PASSWORD, Page.ABOUT)));
        assertEquals("Agent", agent.role());
    }

    @Test
    void agentsCannotOpenATeamLeadPageByOtherMeans() {
        HomeViewModel agent = as(Role.AGENT);

        agent.open(Page.USERS);

        assertEquals(Page.INTAKE, agent.currentProperty().get());
    }

    @Test
    void teamLeadsSeeEveryPage() {
        HomeViewModel lead = as(Role.TEAM_LEAD);

        assertEquals(Page.values().length, lead.pages().size());
        lead.open(Page.AUDIT);
        assertEquals(Page.AUDIT, lead.currentProperty().get());
    }

    @Test
    void lockAndLogOutGoToTheirHandlers() {
        int[] calls = new int[2];
        HomeViewModel model = new HomeViewModel(new Session(1, "alex.lead", "Alex Example", Role.TEAM_LEAD),
                () -> calls[0]++, () -> calls[1]++);

        model.lock();
        model.logOut();

        assertEquals(1, calls[0]);
        assertEquals(1, calls[1]);
    }
}
