package org.custodian.core.acceptance;

import static org.custodian.core.workspace.TestStores.LEAD;
import static org.custodian.core.workspace.TestStores.LEAD_PASSWORD;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.pw;
import static org.custodian.core.workspace.TestStores.setUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.errors.DatabaseRolledBackException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventLog;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves confirmed after H2 starts reusing freed file space survive a kill.
 *
 * <p>H2 frees a dead chunk's space only once the chunk is older than its retention time (45 s); the next chunk
 * written into such a gap was, with space reuse on, left unreachable by H2's recovery after a kill, and the store
 * reopened without it (see {@code Store.SETTINGS}). So this test needs a store holding dead chunks older than that:
 * a first child saves customers (every save leaves earlier chunks dead) and is killed; once the retention time has
 * passed, a second child logs in, saves a few customers, goes idle and is killed. The store must then open (not
 * refused as rolled back) with every confirmed save and an intact event chain. Before the fix this failed on every
 * run tried; it runs for about a minute, most of it waiting out the retention time.
 */
class KillAfterSpaceReuseTest {

    /** H2's default retention time (FileStore.getDefaultRetentionTime) plus a margin. */
    private static final long REUSABLE_AFTER_MILLIS = 45_000 + 2_000;
    private static final int FIRST_SAVES = 40;
    private static final int SECOND_SAVES = 3;

    @TempDir
    Path dir;

    @TempDir
    Path scratch;

    @Test
    void savesWrittenOnceFreedSpaceIsReusableSurviveAKill() {
        Path data = dir.resolve("data");
        Custodian custodian = custodian(data);
        setUp(custodian).logOut();

        List<String> confirmed = new ArrayList<>(saveAndKill(data, "first", FIRST_SAVES, 0));
        long reusableAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REUSABLE_AFTER_MILLIS);
        List<String> late = saveAndKill(data, "second", SECOND_SAVES, reusableAt);
        confirmed.addAll(late);

        try (Workspace lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            CustomerRepository customers = new CustomerRepository(lead.store().rowMac());
            List<String> lost = new ArrayList<>();
            for (String reference : confirmed) {
                if (customers.findByReference(lead.store().dsl(), reference).isEmpty()) {
                    lost.add(reference);
                }
            }
            assertTrue(lost.isEmpty(), "confirmed saves lost: " + lost + " of " + confirmed);
            assertEquals(confirmed.size(), customers.count(lead.store().dsl()));
            ChainVerification chain = new EventLog(Clock.systemUTC()).verify(lead.store().dsl());
            assertTrue(chain instanceof ChainVerification.Intact, "event chain after the kill: " + chain);
            lead.logOut();
        } catch (DatabaseRolledBackException e) {
            fail("the store lost the saves confirmed after the retention time (" + late + ") and was refused as"
                    + " rolled back", e);
        }
    }

    /**
     * Starts a child, lets it log in (not before {@code notBeforeNanos}, if set) and save {@code saves} customers,
     * then kills it with SIGKILL once it is idle. Returns the references it confirmed.
     */
    private List<String> saveAndKill(Path data, String name, int saves, long notBeforeNanos) {
        List<String> saved = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(SaveAndIdle.class, scratch.resolve(name + ".err"), data.toString(),
                Integer.toString(saves))) {
            child.await("READY", 120);
            long wait = notBeforeNanos == 0 ? 0 : notBeforeNanos - System.nanoTime();
            if (wait > 0) {
                sleep(wait);
            }
            child.send(LEAD + " " + LEAD_PASSWORD);
            for (String line = child.next(60); !line.equals("IDLE"); line = child.next(60)) {
                if (line.equals(ChildJvm.EOF) || line.startsWith("FAILED")) {
                    throw new AssertionError(name + " child stopped: " + line + child.diagnostics());
                }
                if (line.startsWith("SAVED ")) {
                    saved.add(line.substring(6));
                }
            }
            sleep(TimeUnit.MILLISECONDS.toNanos(500));
            assertEquals(137, child.killNine(), name + " child: exit code of a SIGKILLed JVM" + child.diagnostics());
        }
        assertEquals(saves, saved.size(), name + " child confirmed saves");
        return saved;
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
