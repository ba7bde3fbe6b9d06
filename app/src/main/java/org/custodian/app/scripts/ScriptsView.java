package org.custodian.app.scripts;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.custodian.app.common.Views;

public final class ScriptsView {

    private final ScriptsViewModel model;
    private final Window owner;
    @FXML private TableView<ScriptRow> scriptsTable;
    @FXML private TableColumn<ScriptRow, String> titleColumn;
    @FXML private TableColumn<ScriptRow, String> idColumn;
    @FXML private TableColumn<ScriptRow, String> versionColumn;
    @FXML private TableColumn<ScriptRow, String> enquiryColumn;
    @FXML private TableColumn<ScriptRow, String> purposeColumn;
    @FXML private TableColumn<ScriptRow, String> basisColumn;
    @FXML private Label scriptsMessage;
    @FXML private Label scriptsSuccess;
    @FXML private Button exportScript;
    @FXML private Button importScript;
    @FXML private Button editScript;
    @FXML private Button retireScript;

    public ScriptsView(ScriptsViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        versionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().version())));
        enquiryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().enquiryType()));
        purposeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().purpose()));
        basisColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lawfulBasis()));
        // Purposes and bases are long sentences; wrapping keeps them readable instead of cut to "Setting up and…".
        wrap(titleColumn);
        wrap(purposeColumn);
        wrap(basisColumn);
        scriptsTable.setItems(model.rows());
        scriptsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != scriptsTable.getSelectionModel().getSelectedItem()) {
                scriptsTable.getSelectionModel().select(now);
            }
        });
        Views.showText(scriptsMessage, model.messageProperty());
        Views.showText(scriptsSuccess, model.successProperty());
        var noSelection = model.selectedProperty().isNull().or(model.busyProperty());
        exportScript.disableProperty().bind(noSelection);
        retireScript.disableProperty().bind(noSelection);
        editScript.disableProperty().bind(noSelection);
        importScript.disableProperty().bind(model.busyProperty());
    }

    /**
     * The chosen script's document in an editor. Save checks it with core first and keeps the dialog open, with
     * every problem named, until it can be saved; then it becomes the script's next version.
     */
    @FXML
    private void edit() {
        String original = model.editableText();
        if (original.isEmpty()) {
            return;
        }
        javafx.scene.control.TextArea editor = new javafx.scene.control.TextArea(original);
        editor.setId("scriptEditor");
        editor.setAccessibleText("Script document");
        editor.setPrefColumnCount(80);
        editor.setPrefRowCount(28);
        editor.setStyle("-fx-font-family: monospace;");
        Label editorLabel = new Label("Script document (the format is described in docs/scripts.md)");
        editorLabel.setLabelFor(editor);
        Label problems = new Label();
        problems.setId("scriptEditorProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("form-error");
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit script");
        dialog.setResizable(true);
        ButtonType save = new ButtonType("Save as new version", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().setId("scriptEditDialog");
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, editorLabel, problems, editor));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveScriptEdit");
        saveButton.setAccessibleText("Save the edited script as a new version");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("cancelScriptEdit");
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            java.util.List<String> found = model.problemsWith(editor.getText());
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found));
                event.consume();
            }
        });
        dialog.showAndWait().filter(save::equals).ifPresent(ok -> model.saveEdited(editor.getText()));
    }

    private static void wrap(TableColumn<ScriptRow, String> column) {
        column.setCellFactory(c -> {
            TableCell<ScriptRow, String> cell = new TableCell<>();
            Label text = new Label();
            text.setWrapText(true);
            text.maxWidthProperty().bind(column.widthProperty().subtract(14));
            text.textProperty().bind(cell.itemProperty());
            cell.setGraphic(text);
            cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            cell.setPrefHeight(Control.USE_COMPUTED_SIZE);
            return cell;
        });
    }

    @FXML
    private void export() {
        FileChooser chooser = chooser("Export script");
        chooser.setInitialFileName(model.suggestedFileName());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    @FXML
    private void importFile() {
        File file = chooser("Import script").showOpenDialog(owner);
        if (file != null) {
            model.importFrom(file.toPath());
        }
    }

    @FXML
    private void retire() {
        ScriptRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Retire " + row.title() + "? Agents will no longer be "
                + "offered it for new calls. Records already taken with it keep naming it.", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setTitle("Retire script");
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmRetire");
        Button retire = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        retire.setId("confirmRetireOk");
        retire.setText("Retire");
        retire.setAccessibleText("Retire " + row.title());
        Button keep = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        keep.setId("confirmRetireCancel");
        keep.setText("Keep it");
        keep.setAccessibleText("Keep the script in use");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.retireSelected());
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Script files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
