package org.custodian.core.acceptance;

import static org.custodian.core.workspace.TestStores.LEAD;
import static org.custodian.core.workspace.TestStores.LEAD_PASSWORD;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.pw;
import static org.custodian.core.workspace.TestStores.setUp;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.custodian.core.errors.DatabaseRolledBackException;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database replaced by an older copy of itself opens cleanly in H2; Custodian must refuse it. */
class RollbackTest {

    @TempDir
    Path dir;

    @Test
    void anOlderCopyOfTheDatabaseIsRefusedAsRolledBackAndLeftAsItWas() throws Exception {
        Path data = dir.resolve("data");
        Custodian custodian = custodian(data);
        try (Workspace lead = setUp(custodian)) {
            lead.customers().register(lead.session(), "Sam Sample");
        }
        Path db = data.resolve("custodian.mv.db");
        Path older = dir.resolve("older.mv.db");
        Files.copy(db, older);
        try (Workspace lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            lead.customers().register(lead.session(), "Kim Example");
        }
        Files.copy(older, db, StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(db);

        assertThrows(DatabaseRolledBackException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));
        assertArrayEquals(before, Files.readAllBytes(db), "the refused file is not touched");
    }

    @Test
    void theCurrentDatabaseOpensAndARemovedRecordOnlyRemovesTheCheck() throws Exception {
        Path data = dir.resolve("data");
        Custodian custodian = custodian(data);
        setUp(custodian).close();
        custodian.logIn(LEAD, pw(LEAD_PASSWORD)).close();
        Files.delete(data.resolve("event-head.txt"));
        custodian.logIn(LEAD, pw(LEAD_PASSWORD)).close();
        assertTrue(Files.exists(data.resolve("event-head.txt")), "written again after the next change");
    }
}
