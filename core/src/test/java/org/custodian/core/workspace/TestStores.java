package org.custodian.core.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.store.DataDirectory;

/** Synthetic people and stores for tests. */
public final class TestStores {

    public static final String LEAD = "alex.lead";
    public static final String LEAD_NAME = "Alex Example";
    public static final String LEAD_PASSWORD = "harbour lantern violet 42";
    public static final String AGENT = "sam.agent";
    public static final String AGENT_NAME = "Sam Sample";
    public static final String AGENT_PASSWORD = "copper meadow tram ticket";

    private TestStores() {
    }

    public static Custodian custodian(Path dir) {
        return new Custodian(DataDirectory.at(dir), Clock.systemUTC());
    }

    public static Custodian custodian(Path dir, Clock clock) {
        return new Custodian(DataDirectory.at(dir), clock);
    }

    public static Workspace setUp(Custodian custodian) {
        return custodian.setUp(LEAD, LEAD_NAME, Passphrase.copyOf(LEAD_PASSWORD));
    }

    public static Passphrase pw(String text) {
        return Passphrase.copyOf(text);
    }
}
