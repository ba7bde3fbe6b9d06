package org.custodian.app.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.gdpr.Field;
import org.custodian.core.records.RectificationReason;
import org.custodian.core.search.SearchHit;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private SearchViewModel model;

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir));
        Customers.save(workspace, Customers.SAM);
        Customers.save(workspace, Customers.like("Samir Patel", "07700 900456", "samir@example.com"));
        model = new SearchViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void choosePurpose(String code) {
        model.purposeProperty().set(model.purposes().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow());
    }

    @Test
    void typingSearchesAndSaysWhatItSearchedByWithTheClosestFirst() {
        assertEquals("Type a name, phone number, postcode, email or customer reference.", model.statusProperty().get());
        model.queryProperty().set("Sam Sampel");
        assertEquals(List.of("Sam Sample"), model.results().stream().map(SearchHit::fullName).toList());
        assertEquals("1 customer found by name, closest first.", model.statusProperty().get());
        assertEquals("Sam Sample", model.selectedProperty().get().fullName(), "the closest is chosen, ready to open");

        model.queryProperty().set("07700 900456");
        assertEquals("Samir Patel", model.results().get(0).fullName());
        assertEquals("••••• •••456", model.results().get(0).maskedPhone());

        model.queryProperty().set("sw1a");
        assertEquals("2 customers found by postcode, closest first.", model.statusProperty().get());

        model.queryProperty().set("Olivia Jones");
        assertEquals("No customer found by name.", model.statusProperty().get());
        assertNull(model.selectedProperty().get());
    }

    @Test
    void aRecordOpensOnlyOnceAPurposeIsChosen() {
        model.queryProperty().set("sam sample");
        assertFalse(model.canOpenProperty().get());
        model.open();
        assertEquals("Purpose: choose why you are opening the record.", model.messageProperty().get());
        assertNull(model.openRecordProperty().get());

        choosePurpose("customer-service");
        assertTrue(model.canOpenProperty().get());
        model.open();
        CustomerRecordViewModel record = model.openRecordProperty().get();
        assertEquals("Sam Sample", record.title());
        assertEquals("Opened for: Answering the customer's enquiry", record.purposeLine());
        assertEquals(List.of("full_name", "postcode", "phone-1"), record.details().stream().map(DetailRow::key).toList());

        record.close();
        assertNull(model.openRecordProperty().get());
        assertEquals(List.of("Sam Sample"), model.results().stream().map(SearchHit::fullName).toList(), "results are kept");
    }

    @Test
    void revealingShowsTheValueAndCorrectingKeepsTheOldOneInHistory() {
        model.queryProperty().set("sam sample");
        choosePurpose("account-management");
        model.open();
        CustomerRecordViewModel record = model.openRecordProperty().get();
        DetailRow dob = record.details().stream().filter(r -> r.field() == Field.DATE_OF_BIRTH).findFirst().orElseThrow();
        assertTrue(dob.maskedProperty().get());
        record.reveal(dob);
        assertEquals("14 March 1985", dob.shownProperty().get());
        assertFalse(dob.maskedProperty().get());

        RectifyViewModel form = record.rectification();
        form.targetProperty().set(form.targets().stream().filter(t -> t.field() == Field.POSTCODE).findFirst().orElseThrow());
        form.valueProperty().set("not a postcode");
        assertTrue(form.valueProblemProperty().get().startsWith("New value: this is not a UK postcode"));
        form.valueProperty().set("M1 1AE");
        assertEquals("", form.valueProblemProperty().get());
        assertFalse(form.canSaveProperty().get(), "a reason is needed");
        form.reasonProperty().set(RectificationReason.OTHER);
        assertFalse(form.canSaveProperty().get(), "another reason needs a note");
        form.noteProperty().set("Moved house in May");
        assertTrue(form.canSaveProperty().get());
        boolean[] closed = {false};
        form.save(() -> closed[0] = true);
        assertTrue(closed[0]);
        assertEquals("Postcode corrected. The old value is kept in the history with your reason.", record.successProperty().get());
        assertEquals("SW1A 1AA", record.history().get(0).oldValue(), "a team lead sees the old value");
        assertEquals("M1 •••", record.details().stream().filter(r -> r.field() == Field.POSTCODE).findFirst().orElseThrow()
                .shownProperty().get());
    }

    @Test
    void aStaleContactDetailIsExplained() {
        var view = workspace.records().open(workspace.session(), search("sam sample"), "customer-service");
        var stale = new org.custodian.core.records.RecordView(view.customerId(), view.reference(), view.fullName(),
                view.purposeCode(), view.purposeName(), view.fields(),
                List.of(new org.custodian.core.records.RecordView.ShownContact(1, Field.PHONE, "x", java.time.Instant.EPOCH, true)),
                view.consents(), view.interactions(), view.history(), List.of(Field.EMAIL), view.correctable(), 12);
        assertEquals("This purpose needs details the record does not hold: email. Ask the caller if they are happy to give them. "
                + "One contact detail was last confirmed over 12 months ago: check with the caller that it is still right, "
                + "then press Confirmed.", CustomerRecordViewModel.noticeFor(stale));
    }

    private long search(String typed) {
        model.queryProperty().set(typed);
        return model.results().get(0).customerId();
    }
}
