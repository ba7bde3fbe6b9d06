package org.custodian.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.auth.PasswordPolicy;
import org.custodian.core.auth.Usernames;
import org.custodian.core.store.DataDirectory.StoreState;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunViewModelTest {

    @TempDir Path dir;
    private final List<Workspace> created = new ArrayList<>();
    private Custodian custodian;
    private FirstRunViewModel model;

    @BeforeEach
    void form() {
        custodian = People.custodian(dir);
        model = new FirstRunViewModel(custodian, new SynchronousTaskRunner(), created::add);
        model.shown();
        model.usernameProperty().set(People.LEAD);
        model.displayNameProperty().set(People.LEAD_NAME);
    }

    @AfterEach
    void close() {
        created.forEach(Workspace::close);
    }

    @Test
    void mismatchedConfirmationIsShownBesideItsFieldAndNothingIsCreated() {
        model.passwordProperty().set(People.LEAD_PASSWORD);
        model.confirmProperty().set(People.LEAD_PASSWORD + "x");

        model.create();

        assertTrue(model.fieldMessage(FirstRunViewModel.CONFIRM_FIELD).get().startsWith("Confirm password:"));
        assertEquals(StoreState.NEW, custodian.state());
        assertTrue(created.isEmpty());
    }

    @Test
    void coresViolationsLandBesideTheirFields() {
        model.usernameProperty().set("x");
        model.displayNameProperty().set("  ");
        model.passwordProperty().set("short");
        model.confirmProperty().set("short");

        model.create();

        assertTrue(model.fieldMessage(Usernames.FIELD).get().startsWith("Username:"));
        assertTrue(model.fieldMessage(Usernames.DISPLAY_NAME_FIELD).get().startsWith("Full name:"));
        assertTrue(model.fieldMessage(PasswordPolicy.FIELD).get().contains("at least 8 characters"));
        assertEquals("", model.fieldMessage(FirstRunViewModel.CONFIRM_FIELD).get());
        assertEquals(StoreState.NEW, custodian.state());
    }

    @Test
    void aCommonPasswordIsRefusedByCore() {
        model.passwordProperty().set("password123");
        model.confirmProperty().set("password123");

        model.create();

        assertTrue(model.fieldMessage(PasswordPolicy.FIELD).get().contains("most common passwords"));
    }

    @Test
    void validFormCreatesTheStoreSignsInAndForgetsThePassword() {
        model.passwordProperty().set(People.LEAD_PASSWORD);
        model.confirmProperty().set(People.LEAD_PASSWORD);

        model.create();

        assertEquals(1, created.size());
        assertEquals(People.LEAD, created.get(0).session().username());
        assertFalse(created.get(0).mustChangePassword());
        assertEquals(StoreState.READY, custodian.state());
        assertEquals("", model.passwordProperty().get());
        assertEquals("", model.confirmProperty().get());
    }

    @Test
    void strengthMeterFollowsTyping() {
        model.passwordProperty().set("abc");
        String weak = model.strength().labelProperty().get();
        double weakFraction = model.strength().fractionProperty().get();
        model.passwordProperty().set(People.LEAD_PASSWORD);

        assertTrue(weak.startsWith("Strength: "));
        assertTrue(model.strength().fractionProperty().get() > weakFraction);
        assertEquals("strong", model.strength().levelProperty().get());

        model.passwordProperty().set("");
        assertEquals(0.0, model.strength().fractionProperty().get());
    }
}
