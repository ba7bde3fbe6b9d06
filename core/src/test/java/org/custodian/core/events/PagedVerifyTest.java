package org.custodian.core.events;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain walk reads in pages; a fault past the first pages, and a gap at a page's edge, are still named. */
class PagedVerifyTest {

    @TempDir
    Path dir;

    @Test
    void aLogAppendedInBulkVerifiesAcrossPagesAndAFaultDeepInsideIsNamed() {
        try (Workspace ws = setUp(custodian(dir))) {
            EventLog log = new EventLog(Clock.systemUTC());
            List<EventDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 2 * EventLog.VERIFY_PAGE + 500; i++) {
                drafts.add(new EventDraft(ws.session().userId(), EventAction.CUSTOMER_VIEWED, "customer-service", "s" + i,
                        Map.of("fields", "4"), null));
            }
            ws.store().write(tx -> {
                log.appendAll(tx, drafts);
                return null;
            });
            long count = log.count(ws.store().dsl());
            ChainVerification intact = log.verify(ws.store().dsl());
            assertEquals(count, ((ChainVerification.Intact) intact).count());
            assertArrayEquals(log.latest(ws.store().dsl(), 1).get(0).hash(), ((ChainVerification.Intact) intact).headHash());

            long deep = EventLog.VERIFY_PAGE * 2L + 7;
            ws.store().dsl().update(EVENT).set(EVENT.PURPOSE, "marketing").where(EVENT.SEQ.eq(deep)).execute();
            assertEquals(new ChainVerification.Broken(deep, ChainVerification.Fault.CONTENT_CHANGED), log.verify(ws.store().dsl()));

            ws.store().dsl().deleteFrom(EVENT).where(EVENT.SEQ.eq((long) EventLog.VERIFY_PAGE + 1)).execute();
            assertEquals(new ChainVerification.Broken(EventLog.VERIFY_PAGE + 1L, ChainVerification.Fault.GAP),
                    log.verify(ws.store().dsl()));
        }
    }
}
