package org.custodian.app.support;

import java.nio.file.Path;
import java.time.Clock;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/** Synthetic people only; none of these is a real person or a real password. */
public final class People {

    public static final String LEAD = "alex.lead";
    public static final String LEAD_NAME = "Alex Example";
    public static final String LEAD_PASSWORD = "harbour lantern violet 42";
    public static final String AGENT = "sam.agent";
    public static final String AGENT_NAME = "Sam Sample";
    public static final String AGENT_INITIAL = "copper meadow tram ticket";
    public static final String AGENT_OWN = "quiet orchard bicycle 19";

    private People() {
    }

    public static Custodian custodian(Path dir) {
        return new Custodian(DataDirectory.at(dir), Clock.systemDefaultZone());
    }

    /** A store with its first team lead; the returned workspace is that lead's session. */
    public static Workspace leadSession(Custodian custodian) {
        return custodian.setUp(LEAD, LEAD_NAME, Passphrase.copyOf(LEAD_PASSWORD));
    }

    /** A store with a lead and an agent, everyone logged out. */
    public static Custodian storeWithAgent(Path dir) {
        Custodian custodian = custodian(dir);
        try (Workspace lead = leadSession(custodian)) {
            lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, Passphrase.copyOf(AGENT_INITIAL));
            lead.logOut();
        }
        return custodian;
    }

    public static Workspace logIn(Custodian custodian, String username, String password) {
        return custodian.logIn(username, Passphrase.copyOf(password));
    }
}
