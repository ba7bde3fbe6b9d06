package org.custodian.core.acceptance;

import static org.custodian.core.workspace.TestStores.LEAD;
import static org.custodian.core.workspace.TestStores.LEAD_PASSWORD;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.pw;
import static org.custodian.core.workspace.TestStores.setUp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.custodian.core.errors.StoreInUseException;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.Event;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventLog;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store open in another process (another Custodian window) is refused with a typed error, and only then. */
class StoreInUseTest {

    @TempDir
    Path dir;

    @TempDir
    Path scratch;

    private Custodian custodian;
    private Path data;

    @BeforeEach
    void createStore() {
        data = dir.resolve("data");
        custodian = custodian(data);
        setUp(custodian).logOut();
    }

    @Test
    void aStoreHeldOpenByAnotherJvmIsRefusedUntilThatJvmLetsGo() throws IOException {
        try (ChildJvm holder = ChildJvm.start(StoreHolder.class, scratch.resolve("holder.err"), data.toString())) {
            holder.send(LEAD + " " + LEAD_PASSWORD);
            holder.await("OPEN", 60);
            byte[] ringBefore = Files.readAllBytes(data.resolve("keyring.bin"));

            StoreInUseException refused = assertThrows(StoreInUseException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));
            assertEquals("The store is already open in another Custodian window. Close that one, then try again.",
                    refused.userMessage());
            // the refusal changed nothing on disk, and a right password is not counted as a failure
            assertArrayEquals(ringBefore, Files.readAllBytes(data.resolve("keyring.bin")));
            assertThrows(StoreInUseException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));

            holder.send("CLOSE");
            holder.await("CLOSED", 60);
            assertEquals(0, holder.waitForExit(30), holder.diagnostics());
        }
        try (Workspace lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            EventLog log = new EventLog(Clock.systemUTC());
            assertInstanceOf(ChainVerification.Intact.class, log.verify(lead.store().dsl()));
            List<String> actions = log.latest(lead.store().dsl(), 3).stream().map(Event::action).toList();
            // newest first: this login, the holder's logout, the holder's login; the refused attempts left no trace
            assertEquals(List.of(EventAction.LOGIN.name(), EventAction.LOGOUT.name(), EventAction.LOGIN.name()), actions);
        }
    }

    @Test
    void aHolderKilledWithKillNineReleasesTheStore() {
        try (ChildJvm holder = ChildJvm.start(StoreHolder.class, scratch.resolve("holder.err"), data.toString())) {
            holder.send(LEAD + " " + LEAD_PASSWORD);
            holder.await("OPEN", 60);
            assertThrows(StoreInUseException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));
            assertEquals(137, holder.killNine(), "SIGKILL");
        }
        try (Workspace lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            assertInstanceOf(ChainVerification.Intact.class, new EventLog(Clock.systemUTC()).verify(lead.store().dsl()));
        }
    }
}
