package org.custodian.core.settings;

import static org.custodian.core.gdpr.VerificationItem.DATE_OF_BIRTH;
import static org.custodian.core.gdpr.VerificationItem.PHONE_LAST_FOUR;
import static org.custodian.core.gdpr.VerificationItem.POSTCODE;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.custodian.core.auth.Role;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.VerificationPolicy;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team leads choose the identity check; the change is an event of codes; agents can neither read nor change it. */
class VerificationPolicySettingTest {

    @TempDir
    Path dir;

    private static List<String> settingEvents(Workspace ws) {
        return ws.store().dsl().select(EVENT.DETAILS).from(EVENT).where(EVENT.ACTION.eq("SETTING_CHANGED")).orderBy(EVENT.SEQ)
                .fetch(EVENT.DETAILS);
    }

    @Test
    void aTeamLeadsChangeIsKeptAndIsAnEventOfCodes() {
        Custodian custodian = custodian(dir);
        try (Workspace lead = setUp(custodian)) {
            assertEquals(VerificationPolicy.DEFAULT, lead.settings().verificationPolicy(lead.session()));
            lead.settings().setVerificationPolicy(lead.session(), EnumSet.of(POSTCODE, DATE_OF_BIRTH, PHONE_LAST_FOUR), 3);
            assertEquals(new VerificationPolicy(EnumSet.of(DATE_OF_BIRTH, POSTCODE, PHONE_LAST_FOUR), 3),
                    lead.settings().verificationPolicy(lead.session()));
            assertEquals(List.of("setting=verification;value=DATE_OF_BIRTH+POSTCODE+PHONE_LAST_FOUR:3"), settingEvents(lead));
        }
    }

    @Test
    void badChoicesAreNamedAndLeaveTheSavedCheckAlone() {
        try (Workspace lead = setUp(custodian(dir))) {
            lead.settings().setVerificationPolicy(lead.session(), EnumSet.of(DATE_OF_BIRTH, POSTCODE), 1);
            InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                    () -> lead.settings().setVerificationPolicy(lead.session(), EnumSet.of(POSTCODE), 2));
            assertEquals("Correct answers needed: choose at most 1, the number of items ticked, or tick more items.", tooMany.userMessage());
            InvalidInputException none = assertThrows(InvalidInputException.class,
                    () -> lead.settings().setVerificationPolicy(lead.session(), EnumSet.noneOf(org.custodian.core.gdpr.VerificationItem.class), 1));
            assertEquals("Items to ask: tick at least one item callers can be asked.", none.userMessage());
            assertEquals(new VerificationPolicy(EnumSet.of(DATE_OF_BIRTH, POSTCODE), 1), lead.settings().verificationPolicy());
            assertEquals(1, settingEvents(lead).size(), "refused changes are not events of a change");
        }
    }

    @Test
    void anAgentCanNeitherSeeNorChangeTheCheck() {
        Custodian custodian = custodian(dir);
        try (Workspace lead = setUp(custodian)) {
            lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
            lead.logOut();
        }
        try (Workspace agent = custodian.logIn(AGENT, pw(AGENT_PASSWORD))) {
            assertThrows(AccessDeniedException.class, () -> agent.settings().verificationPolicy(agent.session()));
            assertThrows(AccessDeniedException.class,
                    () -> agent.settings().setVerificationPolicy(agent.session(), EnumSet.of(POSTCODE), 1));
            assertEquals(VerificationPolicy.DEFAULT, agent.settings().verificationPolicy(), "nothing changed");
            assertTrue(settingEvents(agent).isEmpty());
        }
    }
}
