package org.custodian.app.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.imports.ImportProblem;
import org.custodian.core.imports.ImportReport;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing a customer list: the file and the purpose it was collected for, a progress bar while core checks and
 * writes, and the validation report (row, field, reason). Core decides everything; a file with any problem
 * imports nothing.
 */
public final class ImportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, "purpose");
    private final ObservableList<Purpose> purposes = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private ImportReport lastReport;
    private AtomicBoolean stop = new AtomicBoolean();

    public ImportViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    public void refresh() {
        List<Purpose> offered = workspace.imports().purposes();
        purposes.setAll(offered);
        if (purpose.get() == null && !offered.isEmpty()) {
            purpose.set(offered.get(0));
        }
    }

    /** Checks the file and, when every row passes, imports it. */
    public void importFile() {
        message.set("");
        success.set("");
        if (file.get() == null || file.get().isBlank()) {
            message.set("File: choose the CSV file to import.");
            return;
        }
        if (purpose.get() == null) {
            message.set("Purpose: choose the purpose these customers' details were collected for.");
            return;
        }
        Path path = Path.of(file.get().strip());
        String code = purpose.get().code();
        AtomicBoolean myStop = new AtomicBoolean();
        stop = myStop;
        running.set(true);
        progress.set(0);
        problems.clear();
        summary.set("");
        status.set("Checking the file…");
        tasks.run(() -> {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return workspace.imports().importFile(workspace.session(), reader, code,
                        (done, total) -> tasks.onUi(() -> showProgress(done, total)), myStop::get);
            }
        }, report -> {
            running.set(false);
            finished(report);
        }, failure -> {
            running.set(false);
            status.set("");
            message.set(failure instanceof IOException
                    ? "File: it cannot be read; check the file name and that it is a CSV file saved as UTF-8."
                    : UserMessages.sentenceFor(failure, LOG, "importing customers"));
        });
    }

    private void showProgress(long done, long total) {
        progress.set(total == 0 ? 0 : (double) done / total);
        status.set(done * 2 <= total ? "Checking rows…" : "Writing customers…");
    }

    private void finished(ImportReport report) {
        lastReport = report;
        status.set("");
        problems.setAll(report.problems());
        if (report.cancelled()) {
            progress.set(0);
            success.set("Stopped: nothing was imported.");
        } else if (report.clean()) {
            progress.set(1);
            success.set("Imported " + number(report.imported()) + " customers. Find them from the Search page.");
        } else {
            progress.set(0);
            long rows = report.problems().stream().mapToInt(ImportProblem::row).distinct().count();
            summary.set("Nothing was imported: " + number(report.problems().size()) + (report.problems().size() == 1
                    ? " problem" : " problems") + " in " + number(rows) + (rows == 1 ? " row" : " rows")
                    + ". Fix them in the file and import it again.");
        }
    }

    /** Stops after the batch being written; a stopped import leaves nothing. */
    public void stop() {
        stop.set(true);
        status.set("Stopping; nothing will be imported…");
    }

    /** Writes the last validation report as CSV (formulas neutralised by core). */
    public void exportReport(Path target) {
        if (lastReport == null || lastReport.problems().isEmpty()) {
            message.set("Report: there is no validation report to export yet.");
            return;
        }
        ImportReport report = lastReport;
        tasks.run(() -> {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                workspace.exports().importReport(workspace.session(), report, out);
            }
            return target;
        }, written -> success.set("Validation report saved to " + written.getFileName() + "."),
                failure -> message.set(failure instanceof IOException
                        ? "Report: it cannot be saved there; choose another folder."
                        : UserMessages.sentenceFor(failure, LOG, "exporting the validation report")));
    }

    public boolean hasReport() {
        return lastReport != null && !lastReport.problems().isEmpty();
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public ObservableList<Purpose> purposes() {
        return purposes;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
