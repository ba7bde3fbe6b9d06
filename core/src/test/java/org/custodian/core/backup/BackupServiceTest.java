package org.custodian.core.backup;

import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.BackupRefusedException;
import org.custodian.core.errors.BackupRefusedException.Reason;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.progress.Progress;
import org.custodian.core.users.User;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private Path live;
    private Path backup;

    @BeforeEach
    void open() {
        live = dir.resolve("live");
        backup = dir.resolve("elsewhere/store.custodian-backup");
        ws = setUp(custodian(live, clock));
        var script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        for (String[] person : List.of(new String[] {"Priya Shah", "07700 900321"}, new String[] {"Tom Example", "07700 900654"})) {
            ws.intake().save(ws.session(), new IntakeForm(script, Map.of("nature", "Open an account", "name", person[0],
                    "dob", "14/03/1985", "phone", person[1], "email", "someone@example.com", "postcode", "sw1a1aa",
                    "address", "1 Example Street", "actions", "Account opened", "outcome", "Customer happy"), null,
                    clock.now.minusSeconds(60)), null, true);
        }
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private BackupReport backUp() throws Exception {
        Files.createDirectories(backup.getParent());
        return ws.backups().backUp(ws.session(), backup, Progress.none());
    }

    @Test
    void backupThenRestoreEqualsTheSource() throws Exception {
        List<String> customersBefore = ws.store().dsl().select(CUSTOMER.REFERENCE, CUSTOMER.FULL_NAME).from(CUSTOMER)
                .orderBy(CUSTOMER.ID).fetch().map(r -> r.value1() + "|" + r.value2());
        List<String> eventsBefore = eventRows(ws.store().dsl());
        long[] seen = new long[2];
        Files.createDirectories(backup.getParent());
        BackupReport report = ws.backups().backUp(ws.session(), backup, (done, total) -> { seen[0] = done; seen[1] = total; });
        assertEquals(eventsBefore.size(), report.eventCount());
        assertTrue(seen[1] > 0 && seen[0] == seen[1], "progress reached the whole snapshot");
        assertFalse(Files.readString(backup, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Priya"),
                "no name in clear in the backup");

        Path restored = dir.resolve("restored");
        RestoreReport restoredReport = ws.backups().restore(ws.session(), backup, restored, LEAD, pw(LEAD_PASSWORD));
        assertEquals(report.eventCount(), restoredReport.eventCount());
        ws.close();

        try (Workspace again = custodian(restored, clock).logIn(LEAD, pw(LEAD_PASSWORD))) {
            List<String> customersAfter = again.store().dsl().select(CUSTOMER.REFERENCE, CUSTOMER.FULL_NAME).from(CUSTOMER)
                    .orderBy(CUSTOMER.ID).fetch().map(r -> r.value1() + "|" + r.value2());
            assertEquals(customersBefore, customersAfter);
            List<String> eventsAfter = eventRows(again.store().dsl());
            assertEquals(eventsBefore, eventsAfter.subList(0, eventsBefore.size()), "same events, then this login");
            assertInstanceOf(ChainVerification.Intact.class, new org.custodian.core.events.EventLog(clock).verify(again.store().dsl()));
        }
    }

    private static List<String> eventRows(org.jooq.DSLContext dsl) {
        return dsl.select(EVENT.SEQ, EVENT.ACTION, EVENT.DETAILS, EVENT.HASH).from(EVENT).orderBy(EVENT.SEQ).fetch()
                .map(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + java.util.HexFormat.of().formatHex(r.value4()));
    }

    @Test
    void aFlippedByteAnywhereInTheBodyIsRefusedAsDamaged() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        for (int position : new int[] {bytes.length / 2, bytes.length - 1, bytes.length - 20}) {
            byte[] copy = bytes.clone();
            copy[position] ^= 0x01;
            Path bad = dir.resolve("bad-" + position);
            Files.write(bad, copy);
            assertRefused(Reason.DAMAGED, bad, "restored-" + position);
        }
    }

    @Test
    void aFlippedByteInTheHeaderIsRefusedAsDamaged() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        bytes[20] ^= 0x01;
        Path bad = dir.resolve("bad-header");
        Files.write(bad, bytes);
        assertRefused(Reason.DAMAGED, bad, "restored");
    }

    @Test
    void aTruncatedBackupIsRefusedAsIncomplete() throws Exception {
        backUp();
        byte[] bytes = Files.readAllBytes(backup);
        for (int length : new int[] {bytes.length - 1, bytes.length / 2, 300, 4}) {
            Path cut = dir.resolve("cut-" + length);
            Files.write(cut, java.util.Arrays.copyOf(bytes, length));
            assertRefused(Reason.TRUNCATED, cut, "restored-" + length);
        }
    }

    @Test
    void theLiveStoreChecksItsOwnBackupAndRefusesADamagedOne() throws Exception {
        backUp();
        assertEquals(ws.backups().verify(backup).eventCount(), ws.backups().verify(backup).eventCount());
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 3] ^= 0x40;
        Files.write(backup, bytes);
        BackupRefusedException refused = assertThrows(BackupRefusedException.class, () -> ws.backups().verify(backup));
        assertEquals(Reason.DAMAGED, refused.reason());
    }

    @Test
    void aWrongPasswordOrAnotherFileIsRefusedWithItsReason() throws Exception {
        backUp();
        BackupRefusedException wrong = assertThrows(BackupRefusedException.class, () -> new BackupRestorer(clock)
                .restore(backup, dir.resolve("r1"), LEAD, pw("not the password at all 1")));
        assertEquals(Reason.NO_KEY_SLOT, wrong.reason());
        assertFalse(Files.exists(dir.resolve("r1")), "nothing left behind");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "just some notes");
        assertRefused(Reason.NOT_A_BACKUP, text, "r2");
    }

    @Test
    void restoreGoesOnlyIntoANewEmptyFolderAndBackupsStayOutsideTheStore() throws Exception {
        backUp();
        Path full = dir.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("something"), "x");
        assertRefused(Reason.TARGET_NOT_EMPTY, backup, "full");
        BackupRefusedException live = assertThrows(BackupRefusedException.class,
                () -> ws.backups().restore(ws.session(), backup, this.live, LEAD, pw(LEAD_PASSWORD)));
        assertEquals(Reason.TARGET_NOT_EMPTY, live.reason());
        BackupRefusedException inside = assertThrows(BackupRefusedException.class,
                () -> ws.backups().backUp(ws.session(), this.live.resolve("copy.bak"), Progress.none()));
        assertEquals(Reason.TARGET_IS_BACKUP, inside.reason());
        BackupRefusedException exists = assertThrows(BackupRefusedException.class,
                () -> ws.backups().backUp(ws.session(), backup, Progress.none()));
        assertEquals(Reason.TARGET_EXISTS, exists.reason());
    }

    @Test
    void onlyATeamLeadBacksUp() {
        User agent = ws.users().add(ws.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        Session sam = new Session(agent.id(), agent.username(), agent.displayName(), agent.role());
        assertThrows(AccessDeniedException.class, () -> ws.backups().backUp(sam, dir.resolve("x.bak"), Progress.none()));
    }

    private void assertRefused(Reason reason, Path file, String target) {
        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> new BackupRestorer(clock).restore(file, dir.resolve(target), LEAD, pw(LEAD_PASSWORD)));
        assertEquals(reason, refused.reason(), "for " + file.getFileName());
        assertFalse(Files.exists(dir.resolve(target).resolve("custodian.mv.db")), "no database left behind");
    }
}
