package org.custodian.app.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockViewModelTest {

    @TempDir Path dir;
    private Custodian custodian;
    private Workspace workspace;
    private final List<String> ended = new ArrayList<>();
    private int unlocked;
    private LockViewModel model;

    @BeforeEach
    void lockedSession() {
        custodian = People.storeWithAgent(dir);
        workspace = People.logIn(custodian, People.AGENT, People.AGENT_INITIAL);
        workspace.locked("manual");
        model = new LockViewModel(workspace, new SynchronousTaskRunner(), () -> unlocked++, ended::add);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void namesTheAccountOnly() {
        assertEquals("Signed in as sam.agent.", model.signedIn());
    }

    @Test
    void wrongPasswordStaysLockedWithAMessage() {
        model.passwordProperty().set("not it at all");

        model.unlock();

        assertEquals(LockViewModel.WRONG_PASSWORD, model.messageProperty().get());
        assertEquals(0, unlocked);
        assertTrue(ended.isEmpty());
        assertEquals("", model.passwordProperty().get());
    }

    @Test
    void rightPasswordUnlocks() {
        model.passwordProperty().set(People.AGENT_INITIAL);

        model.unlock();

        assertEquals(1, unlocked);
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void tenFailuresEndTheSessionWithTheLockMessage() {
        for (int i = 0; i < 10; i++) {
            model.passwordProperty().set("guess " + i);
            model.unlock();
        }

        assertEquals(1, ended.size());
        assertTrue(ended.get(0).matches("Too many failed attempts: this account is locked until \\d\\d:\\d\\d\\..*"), ended.get(0));
        assertEquals(0, unlocked);
        assertThrows(RuntimeException.class, () -> workspace.users().self(workspace.session()));
    }

    @Test
    void logOutEndsTheSessionSoSomeoneElseCanLogIn() {
        model.logOut();

        assertEquals(List.of(""), ended);
        Workspace other = People.logIn(custodian, People.LEAD, People.LEAD_PASSWORD);
        other.close();
    }
}
