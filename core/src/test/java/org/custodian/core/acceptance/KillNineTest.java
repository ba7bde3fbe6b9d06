package org.custodian.core.acceptance;

import static org.custodian.core.workspace.TestStores.LEAD;
import static org.custodian.core.workspace.TestStores.LEAD_PASSWORD;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.pw;
import static org.custodian.core.workspace.TestStores.setUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventLog;
import org.custodian.core.store.DataDirectory.StoreState;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saving customers is killed with SIGKILL at random moments: during login (a random delay after it
 * started to log in), and after a random number
 * of confirmed saves plus a random delay (so the kill lands inside a transaction). After every kill the store
 * reopens, every save the child confirmed is there and verifies, and the event chain is intact.
 *
 * <p>Seed: {@code -Dcustodian.kill.seed=<n>} replays a run; {@code -Dcustodian.kill.rounds=<n>} changes the count.
 */
class KillNineTest {

    private static final int ROUNDS = Integer.getInteger("custodian.kill.rounds", 22);
    private static final long SEED = Long.getLong("custodian.kill.seed", System.nanoTime());
    private static final int LOGIN_EVERY = Integer.getInteger("custodian.kill.loginEvery", 7);
    private static final String PURPOSE = "ACCOUNT_QUERY";

    @TempDir
    Path dir;

    @TempDir
    Path scratch;

    @Test
    void noConfirmedSaveIsLostAndTheStoreReopensAfterEveryKill() {
        System.out.println("KillNineTest seed " + SEED + " rounds " + ROUNDS);
        try {
            run();
        } catch (AssertionError | RuntimeException e) {
            String kept = keepForPostMortem();
            fail("KillNineTest failed with seed " + SEED + " (replay: -Dcustodian.kill.seed=" + SEED + "); " + kept, e);
        }
    }

    /** Copies the store and the children's stderr under target/ so a failure can be examined after the run. */
    private String keepForPostMortem() {
        Path target = Path.of("target", "kill-nine-failure-" + SEED);
        try {
            for (Path root : List.of(dir, scratch)) {
                try (var paths = Files.walk(root)) {
                    for (Path p : paths.toList()) {
                        Path copy = target.resolve(root == dir ? "store" : "children").resolve(root.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return "store and child logs kept in " + target.toAbsolutePath();
        } catch (IOException | RuntimeException copyFailed) {
            return "could not keep the store: " + copyFailed;
        }
    }

    private void run() {
        Random random = new Random(SEED);
        Path data = dir.resolve("data");
        Custodian custodian = custodian(data);
        setUp(custodian).logOut();
        EventLog log = new EventLog(Clock.systemUTC());

        Set<String> confirmed = new LinkedHashSet<>();
        int killsDuringLogin = 0;
        int killsWhileSaving = 0;
        ChildJvm next = ChildJvm.start(CrashWriter.class, scratch.resolve("child-0.err"), data.toString());
        for (int round = 0; round < ROUNDS; round++) {
            ChildJvm child = next;
            List<String> thisRound = new ArrayList<>();
            String plan;
            try {
                child.await("READY", 120);
                boolean duringLogin = round % LOGIN_EVERY == 3 % LOGIN_EVERY; // a few kills while the child opens the store
                int target = duringLogin ? 0 : 1 + random.nextInt(40);
                // during login: anywhere in key derivation, opening H2, Flyway's check or the LOGIN event
                long delayMicros = duringLogin ? 100_000 + random.nextInt(1_500_000) : random.nextInt(4_000);
                plan = "round " + round + (duringLogin ? " kill during login" : " kill after " + target + " saves")
                        + " + " + delayMicros + " us";
                child.send(LEAD + " " + LEAD_PASSWORD);
                if (duringLogin) {
                    child.await("LOGGING_IN", 60);
                    killsDuringLogin++;
                } else {
                    while (thisRound.size() < target) {
                        String line = child.next(60);
                        if (line.equals(ChildJvm.EOF) || line.startsWith("FAILED")) {
                            throw new AssertionError(plan + ": the child stopped: " + line + child.diagnostics());
                        }
                        if (line.startsWith("SAVED ")) {
                            thisRound.add(line.substring(6));
                        }
                    }
                    killsWhileSaving++;
                }
                LockSupport.parkNanos(delayMicros * 1_000);
                int exit = child.killNine();
                assertEquals(137, exit, plan + ": exit code of a SIGKILLed JVM" + child.diagnostics());
                // lines the child wrote before it died were confirmed too
                for (String line : child.drain(30)) {
                    assertTrue(!line.startsWith("FAILED"), plan + ": " + line + child.diagnostics());
                    if (line.startsWith("SAVED ")) {
                        thisRound.add(line.substring(6));
                    }
                }
            } finally {
                child.close();
            }
            confirmed.addAll(thisRound);
            // the next child warms up (JVM start, class loading) while this round is checked
            next = round + 1 < ROUNDS
                    ? ChildJvm.start(CrashWriter.class, scratch.resolve("child-" + (round + 1) + ".err"), data.toString())
                    : null;
            try {
                checkAfterKill(custodian, log, plan, thisRound, confirmed);
            } catch (AssertionError | RuntimeException e) {
                if (next != null) {
                    next.close();
                }
                throw e;
            }
        }
        System.out.println("KillNineTest: " + ROUNDS + " kills (" + killsDuringLogin + " during login, " + killsWhileSaving
                + " while saving), " + confirmed.size() + " confirmed saves, none lost");
        assertTrue(confirmed.size() >= ROUNDS, "the children confirmed saves");
    }

    private static void checkAfterKill(Custodian custodian, EventLog log, String plan, List<String> thisRound,
                                       Set<String> confirmed) {
        assertEquals(StoreState.READY, custodian.state(), plan);
        try (Workspace lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            // this round's saves through the service (which checks each row's MAC and logs the opening)
            CustomerRepository customers = new CustomerRepository(lead.store().rowMac());
            List<Integer> lost = new ArrayList<>();
            for (int i = 0; i < thisRound.size(); i++) {
                if (customers.findByReference(lead.store().dsl(), thisRound.get(i)).isEmpty()) {
                    lost.add(i);
                }
            }
            assertTrue(lost.isEmpty(), plan + ": confirmed saves lost: positions " + lost + " of " + thisRound.size()
                    + " confirmed this round; " + customers.count(lead.store().dsl()) + " customers in the store, "
                    + confirmed.size() + " confirmed in all rounds");
            for (String reference : thisRound) {
                Optional<Customer> found = lead.customers().open(lead.session(), reference, PURPOSE);
                assertTrue(found.isPresent(), plan + ": confirmed save " + reference + " is lost");
            }
            // every save confirmed in any earlier round: read and MAC-checked without adding events
            for (String reference : confirmed) {
                assertTrue(customers.findByReference(lead.store().dsl(), reference).isPresent(),
                        plan + ": earlier confirmed save " + reference + " is lost");
            }
            assertTrue(customers.count(lead.store().dsl()) >= confirmed.size(), plan);
            ChainVerification chain = log.verify(lead.store().dsl());
            assertTrue(chain instanceof ChainVerification.Intact, plan + ": event chain after the kill: " + chain);
            lead.logOut();
        }
    }
}
