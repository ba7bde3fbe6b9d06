package org.custodian.app.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.errors.KeyRingException;
import org.custodian.core.errors.StoreMissingException;
import org.custodian.core.errors.WrongCredentialsException;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {

    @TempDir Path dir;
    private final List<Workspace> opened = new ArrayList<>();

    @AfterEach
    void closeSessions() {
        opened.forEach(Workspace::close);
    }

    private LoginViewModel model(Custodian custodian) {
        return new LoginViewModel(custodian, new SynchronousTaskRunner(), "", opened::add);
    }

    @Test
    void wrongPasswordShowsCoresSentenceAndClearsTheField() {
        Custodian custodian = People.storeWithAgent(dir);
        LoginViewModel model = model(custodian);
        model.shown();
        model.usernameProperty().set(People.LEAD);
        model.passwordProperty().set("not the password at all");

        model.logIn();

        assertEquals(new WrongCredentialsException().userMessage(), model.messageProperty().get());
        assertTrue(model.passwordProperty().get().isEmpty());
        assertTrue(opened.isEmpty());
    }

    @Test
    void unknownUserGetsTheSameSentenceAsAWrongPassword() {
        LoginViewModel model = model(People.storeWithAgent(dir));
        model.usernameProperty().set("nobody.here");
        model.passwordProperty().set(People.LEAD_PASSWORD);

        model.logIn();

        assertEquals(new WrongCredentialsException().userMessage(), model.messageProperty().get());
    }

    @Test
    void rightPasswordHandsOverTheWorkspace() {
        LoginViewModel model = model(People.storeWithAgent(dir));
        model.usernameProperty().set(People.LEAD);
        model.passwordProperty().set(People.LEAD_PASSWORD);

        model.logIn();

        assertEquals(1, opened.size());
        assertEquals(People.LEAD, opened.get(0).session().username());
        assertTrue(model.messageProperty().get().isEmpty());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void tenFailuresLockTheAccountAndTheSentenceSaysUntilWhen() {
        LoginViewModel model = model(People.storeWithAgent(dir));
        for (int i = 0; i < 10; i++) {
            model.usernameProperty().set(People.AGENT);
            model.passwordProperty().set("wrong guess number " + i);
            model.logIn();
        }
        assertTrue(model.messageProperty().get().startsWith("Too many failed attempts: this account is locked until "),
                model.messageProperty().get());

        model.passwordProperty().set(People.AGENT_INITIAL);
        model.logIn();

        assertTrue(opened.isEmpty());
        assertTrue(model.messageProperty().get().contains("locked until"), model.messageProperty().get());
    }

    @Test
    void missingKeyRingIsExplainedAndLoginIsNotOffered() throws Exception {
        Custodian custodian = People.storeWithAgent(dir);
        Files.delete(custodian.directory().keyRingFile());
        LoginViewModel model = model(custodian);

        model.shown();

        assertTrue(model.blockedProperty().get());
        assertEquals(new KeyRingException(KeyRingException.Problem.MISSING).userMessage(),
                model.messageProperty().get());
        model.usernameProperty().set(People.LEAD);
        model.passwordProperty().set(People.LEAD_PASSWORD);
        model.logIn();
        assertTrue(opened.isEmpty());
    }

    @Test
    void missingDatabaseIsExplained() throws Exception {
        Custodian custodian = People.storeWithAgent(dir);
        Files.delete(dir.resolve("custodian.mv.db"));
        LoginViewModel model = model(custodian);

        model.shown();

        assertTrue(model.blockedProperty().get());
        assertEquals(new StoreMissingException().userMessage(), model.messageProperty().get());
    }
}
