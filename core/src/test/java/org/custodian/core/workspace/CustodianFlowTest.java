package org.custodian.core.workspace;

import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.custodian.core.auth.Role;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.StoreAlreadyExistsException;
import org.custodian.core.errors.WrongCredentialsException;
import org.custodian.core.store.DataDirectory.StoreState;
import org.custodian.core.users.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodianFlowTest {

    @TempDir
    Path dir;

    @Test
    void firstRunCreatesTheStoreAndItsFirstTeamLeadWhoCanAddAnAgentWhoCanLogIn() {
        Custodian custodian = custodian(dir);
        assertEquals(StoreState.NEW, custodian.state());
        long agentId;
        try (Workspace lead = setUp(custodian)) {
            assertEquals(Role.TEAM_LEAD, lead.session().role());
            User agent = lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
            agentId = agent.id();
            lead.logOut();
        }
        assertEquals(StoreState.READY, custodian.state());
        try (Workspace agent = custodian.logIn(AGENT, pw(AGENT_PASSWORD))) {
            assertEquals(agentId, agent.session().userId());
            assertEquals(Role.AGENT, agent.session().role());
            assertTrue(agent.mustChangePassword(), "a password set by a team lead must be changed");
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameTypedRefusal() {
        Custodian custodian = custodian(dir);
        setUp(custodian).close();
        WrongCredentialsException wrong = assertThrows(WrongCredentialsException.class,
                () -> custodian.logIn(LEAD, pw("not the password at all")));
        WrongCredentialsException unknown = assertThrows(WrongCredentialsException.class,
                () -> custodian.logIn("nobody.here", pw(LEAD_PASSWORD)));
        assertEquals(wrong.userMessage(), unknown.userMessage());
    }

    @Test
    void secondSetUpIsRefusedAndLeavesTheStoreAlone() {
        Custodian custodian = custodian(dir);
        setUp(custodian).close();
        assertThrows(StoreAlreadyExistsException.class, () -> setUp(custodian));
        custodian.logIn(LEAD, pw(LEAD_PASSWORD)).close();
    }

    @Test
    void aReadOnADamagedStoreFailsWithATypedErrorNotALibraryException() {
        try (Workspace lead = setUp(custodian(dir))) {
            lead.store().dsl().execute("DROP TABLE setting");
            assertThrows(org.custodian.core.errors.DatabaseCorruptException.class, () -> lead.settings().idleLock());
            lead.store().dsl().execute("ALTER TABLE app_user DROP COLUMN must_change_password");
            assertThrows(org.custodian.core.errors.DatabaseCorruptException.class, () -> lead.users().list(lead.session()));
        }
    }

    @Test
    void anAgentCallingATeamLeadServiceGetsATypedRefusal() {
        Custodian custodian = custodian(dir);
        try (Workspace lead = setUp(custodian)) {
            lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        }
        try (Workspace agent = custodian.logIn(AGENT, pw(AGENT_PASSWORD))) {
            AccessDeniedException refusal = assertThrows(AccessDeniedException.class,
                    () -> agent.users().add(agent.session(), "kim.other", "Kim Other", Role.AGENT,
                            pw("lantern pebble orchard 7")));
            assertEquals("Only a team lead can add users.", refusal.userMessage());
            assertThrows(AccessDeniedException.class, () -> agent.users().list(agent.session()));
            assertThrows(AccessDeniedException.class, () -> agent.audit().verify(agent.session()));
            assertThrows(AccessDeniedException.class, () -> agent.settings().setIdleLockMinutes(agent.session(), 10));
        }
    }
}
