package org.custodian.app.audit;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.custodian.app.common.Views;

public final class AuditView {

    private final AuditViewModel model;
    private final Window owner;
    @FXML private Label auditResult;
    @FXML private Button verifyLog;
    @FXML private Button exportCheckpoint;
    @FXML private Button checkCheckpoint;

    public AuditView(AuditViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        Views.showText(auditResult, model.resultProperty());
        model.outcomeProperty().addListener((obs, old, now) -> {
            auditResult.getStyleClass().removeAll("result-good", "result-bad");
            auditResult.getStyleClass().add("result-" + now);
        });
        verifyLog.disableProperty().bind(model.busyProperty());
        exportCheckpoint.disableProperty().bind(model.busyProperty());
        checkCheckpoint.disableProperty().bind(model.busyProperty());
    }

    @FXML
    private void verify() {
        model.verify();
    }

    @FXML
    private void export() {
        FileChooser chooser = chooser("Export checkpoint");
        chooser.setInitialFileName("custodian-checkpoint.txt");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.exportCheckpoint(file.toPath());
        }
    }

    @FXML
    private void check() {
        File file = chooser("Check against checkpoint").showOpenDialog(owner);
        if (file != null) {
            model.checkAgainst(file.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Checkpoint files", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
