package org.custodian.app.imports;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.imports.ImportProblem;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    private static final String HEADER = "full_name,date_of_birth,phone,email,postcode,address\n";
    @TempDir Path dir;
    private Workspace workspace;
    private ImportViewModel model;

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir.resolve("store")));
        model = new ImportViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path csv(String body) throws Exception {
        Path file = dir.resolve("list-" + System.nanoTime() + ".csv");
        Files.writeString(file, HEADER + body);
        return file;
    }

    @Test
    void aBadRowIsReportedAndNothingImportedThenTheFixedFileImports() throws Exception {
        assertTrue(model.purposes().stream().noneMatch(p -> p.needsConsent()), "only purposes a list can carry");
        model.purposeProperty().set(model.purposes().stream().filter(p -> p.code().equals("account-management")).findFirst().orElseThrow());
        model.fileProperty().set(csv("Priya Shah,14/03/1985,07700 900321,,,\nTom Example,14/13/1985,07700 900654,,,\n").toString());
        model.importFile();
        assertEquals(List.of("3 Date of birth"), model.problems().stream().map(p -> p.row() + " " + p.field()).toList());
        assertEquals("Nothing was imported: 1 problem in 1 row. Fix them in the file and import it again.", model.summaryProperty().get());
        assertEquals(0, workspace.store().dsl().fetchCount(org.custodian.core.store.schema.Tables.CUSTOMER));
        assertTrue(model.hasReport());

        Path report = dir.resolve("report.csv");
        model.exportReport(report);
        assertEquals("Validation report saved to report.csv.", model.successProperty().get());
        assertTrue(Files.readString(report).startsWith("\"Row\",\"Field\",\"Reason\""));

        model.fileProperty().set(csv("Priya Shah,14/03/1985,07700 900321,,,\nTom Example,14/12/1985,07700 900654,,,\n").toString());
        model.importFile();
        assertEquals(List.<ImportProblem>of(), List.copyOf(model.problems()));
        assertEquals("Imported 2 customers. Find them from the Search page.", model.successProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aMissingFileIsNamedAsTheFieldToFix() {
        model.importFile();
        assertEquals("File: choose the CSV file to import.", model.messageProperty().get());
        model.fileProperty().set(dir.resolve("nowhere.csv").toString());
        model.importFile();
        assertEquals("File: it cannot be read; check the file name and that it is a CSV file saved as UTF-8.",
                model.messageProperty().get());
        model.exportReport(dir.resolve("r.csv"));
        assertEquals("Report: there is no validation report to export yet.", model.messageProperty().get());
    }
}
