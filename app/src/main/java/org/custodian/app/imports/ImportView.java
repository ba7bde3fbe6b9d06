package org.custodian.app.imports;

import static org.custodian.app.common.Views.column;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.Views;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.imports.ImportProblem;

/** The import page for team leads. */
public final class ImportView {

    private final ImportViewModel model;
    private final Window owner;
    @FXML private Label importFileLabel;
    @FXML private TextField importFile;
    @FXML private Label importPurposeLabel;
    @FXML private ComboBox<Purpose> importPurpose;
    @FXML private Button runImport;
    @FXML private Button stopImport;
    @FXML private Button chooseImportFile;
    @FXML private Button exportImportReport;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;
    @FXML private Label importMessage;
    @FXML private Label importSuccess;
    @FXML private Label importSummary;
    @FXML private Label importReportLabel;
    @FXML private TableView<ImportProblem> importReport;
    @FXML private TableColumn<ImportProblem, String> importReportRow;
    @FXML private TableColumn<ImportProblem, String> importReportField;
    @FXML private TableColumn<ImportProblem, String> importReportReason;

    public ImportView(ImportViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        importFileLabel.setLabelFor(importFile);
        importPurposeLabel.setLabelFor(importPurpose);
        importReportLabel.setLabelFor(importReport);
        importFile.textProperty().bindBidirectional(model.fileProperty());
        ChoiceCells.show(importPurpose, p -> p.name() + " (" + p.basis().name().toLowerCase(java.util.Locale.UK).replace('_', ' ') + ")",
                "Choose a purpose");
        importPurpose.setItems(model.purposes());
        importPurpose.valueProperty().bindBidirectional(model.purposeProperty());
        importProgress.progressProperty().bind(model.progressProperty());
        importProgress.visibleProperty().bind(model.runningProperty().or(model.progressProperty().greaterThan(0)));
        Views.showText(importStatus, model.statusProperty());
        Views.showText(importMessage, model.messageProperty());
        Views.showText(importSuccess, model.successProperty());
        Views.showText(importSummary, model.summaryProperty());
        column(importReportRow, p -> Integer.toString(p.row()));
        column(importReportField, ImportProblem::field);
        column(importReportReason, ImportProblem::reason);
        // a reason is a whole sentence with its fix: wrapped, never cut short
        importReportReason.setCellFactory(c -> {
            javafx.scene.control.TableCell<ImportProblem, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        importReport.setItems(model.problems());
        runImport.disableProperty().bind(model.runningProperty());
        chooseImportFile.disableProperty().bind(model.runningProperty());
        stopImport.disableProperty().bind(model.runningProperty().not());
        exportImportReport.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.problems()));
    }

    @FXML
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the customer list");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            model.fileProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void runImport() {
        model.importFile();
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void exportReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the validation report");
        chooser.setInitialFileName("import-report.csv");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            model.exportReport(chosen.toPath());
        }
    }
}
