package org.custodian.app.backup;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.custodian.app.common.Views;

/** The backups page for team leads. */
public final class BackupView {

    private final BackupViewModel model;
    private final Window owner;
    @FXML private Label backupFileLabel;
    @FXML private TextField backupFile;
    @FXML private Button chooseBackupFile;
    @FXML private Button writeBackup;
    @FXML private ProgressBar backupProgress;
    @FXML private Label restoreFileLabel;
    @FXML private TextField restoreFile;
    @FXML private Label restoreFolderLabel;
    @FXML private TextField restoreFolder;
    @FXML private Label restoreUsernameLabel;
    @FXML private TextField restoreUsername;
    @FXML private Label restorePasswordLabel;
    @FXML private PasswordField restorePassword;
    @FXML private Button chooseRestoreFile;
    @FXML private Button chooseRestoreFolder;
    @FXML private Button runRestore;
    @FXML private Label backupMessage;
    @FXML private Label backupSuccess;

    public BackupView(BackupViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        backupFileLabel.setLabelFor(backupFile);
        restoreFileLabel.setLabelFor(restoreFile);
        restoreFolderLabel.setLabelFor(restoreFolder);
        restoreUsernameLabel.setLabelFor(restoreUsername);
        restorePasswordLabel.setLabelFor(restorePassword);
        backupFile.textProperty().bindBidirectional(model.backupFileProperty());
        restoreFile.textProperty().bindBidirectional(model.restoreFileProperty());
        restoreFolder.textProperty().bindBidirectional(model.restoreFolderProperty());
        restoreUsername.textProperty().bindBidirectional(model.restoreUsernameProperty());
        backupProgress.progressProperty().bind(model.progressProperty());
        backupProgress.visibleProperty().bind(model.runningProperty().or(model.progressProperty().greaterThan(0)));
        Views.showText(backupMessage, model.messageProperty());
        Views.showText(backupSuccess, model.successProperty());
        for (Button button : new Button[] {chooseBackupFile, writeBackup, chooseRestoreFile, chooseRestoreFolder, runRestore}) {
            button.disableProperty().bind(model.runningProperty());
        }
    }

    @FXML
    private void chooseBackupFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Write the backup to");
        chooser.setInitialFileName("custodian-" + java.time.LocalDate.now() + ".custodian-backup");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            model.backupFileProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void chooseRestoreFile() {
        File chosen = new FileChooser().showOpenDialog(owner);
        if (chosen != null) {
            model.restoreFileProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void chooseRestoreFolder() {
        File chosen = new DirectoryChooser().showDialog(owner);
        if (chosen != null) {
            model.restoreFolderProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void backUp() {
        model.backUp();
    }

    @FXML
    private void restore() {
        char[] password = restorePassword.getText().toCharArray();
        restorePassword.clear();
        model.restore(password);
    }
}
