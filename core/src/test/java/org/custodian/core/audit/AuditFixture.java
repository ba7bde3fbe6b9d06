package org.custodian.core.audit;

import static org.custodian.core.workspace.TestStores.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;

/** A store with synthetic intakes, for the audit tests. */
final class AuditFixture {

    private AuditFixture() {
    }

    static Workspace store(Path dir, MutableClock clock) {
        return setUp(custodian(dir, clock));
    }

    /** A new customer saved through the real intake (read-back confirmed); returns the customer id. */
    static long intake(Workspace ws, MutableClock clock, String name, String phoneTail) {
        Script script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        long id = ws.intake().save(ws.session(), new IntakeForm(script, Map.of("nature", "Open an account", "name", name,
                "dob", "14/03/1985", "phone", "07700 900" + phoneTail, "email", "someone" + phoneTail + "@example.com",
                "postcode", "sw1a1aa", "address", "1 Example Street", "actions", "Account opened", "outcome", "Customer happy"),
                null, clock.now.minusSeconds(60)), null, true).customerId();
        clock.now = clock.now.plusSeconds(30);
        return id;
    }

    static Instant dayStart(MutableClock clock) {
        return clock.now.minusSeconds(86_400);
    }
}
