package org.custodian.app.register;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.Recipient;
import org.custodian.core.supply.SupplyService;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private RegisterViewModel model;

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir));
        long id = Customers.save(workspace, Customers.SAM);
        workspace.supply().disclose(workspace.session(), new SupplyService.DisclosureRequest(id, "account-management", null,
                new Recipient.Organisation("Example Couriers Ltd", "Delivering the replacement card", LawfulBasis.CONTRACT),
                Set.of(DisclosureItem.ADDRESS)));
        model = new RegisterViewModel(workspace, new SynchronousTaskRunner());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void searchesByRecipientAndDatesAndSaysWhatItFound() {
        model.search();
        assertEquals("1 disclosure, newest first.", model.statusProperty().get());
        assertEquals("Example Couriers Ltd", model.lines().get(0).recipient());

        model.textProperty().set("nobody");
        model.search();
        assertEquals("No disclosures match.", model.statusProperty().get());
        assertTrue(model.lines().isEmpty());

        model.textProperty().set("");
        model.fromProperty().set(LocalDate.now().plusDays(2));
        model.toProperty().set(LocalDate.now());
        model.search();
        assertEquals("To: choose a day on or after the From day.", model.statusProperty().get());
    }
}
