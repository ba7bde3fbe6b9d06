package org.custodian.core.store;

import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches run on worker threads while writes run on others, so the pool opens new physical connections long
 * after the store was opened; each needs H2's password, which must still be there.
 */
class StoreConnectionsTest {

    @TempDir
    Path dir;

    @Test
    void connectionsOpenedLateInASessionStillAuthenticate() throws Exception {
        try (Workspace ws = setUp(custodian(dir))) {
            int threads = 6;
            CyclicBarrier together = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> ws.store().dsl().connectionResult(c -> {
                        together.await(10, TimeUnit.SECONDS); // every thread holds its own connection at once
                        try (var rs = c.createStatement().executeQuery("SELECT 1")) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    })));
                }
                for (Future<Integer> result : results) {
                    assertEquals(1, result.get(30, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
