package org.custodian.app.support;

import java.time.Instant;
import java.util.Map;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.Interaction;
import org.custodian.core.workspace.Workspace;

/**
 * An entry as an older version of Custodian could have saved it: no read-back and no actions written. Written
 * through the repository, so its row MAC is genuine and only the marking points can object to it.
 */
public final class AuditEntries {

    private AuditEntries() {
    }

    public static long seedIncomplete(Workspace ws, long customerId, Instant startedAt) {
        return ws.store().write(tx -> new CustomerRecords(ws.store().rowMac()).addInteraction(tx, new Interaction(0, customerId,
                ws.session().userId(), startedAt, startedAt.plusSeconds(90), "NEW_CUSTOMER", "new-customer", 1,
                "account-management", 1, "Asked about a bill", "", null, Map.of(), false))).id();
    }
}
