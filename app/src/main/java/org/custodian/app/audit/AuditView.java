package org.custodian.app.audit;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.custodian.app.common.ChoiceCells;
import org.custodian.core.audit.keys.RegisteredKey;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.custodian.app.common.UkDates;
import org.custodian.app.common.Views;

public final class AuditView {

    private final AuditViewModel model;
    private final AuditPacksViewModel packs;
    private final Window owner;
    @FXML private Label auditPacksResult;
    @FXML private Label storeFingerprint;
    @FXML private TextField publicKeyFile;
    @FXML private ComboBox<RegisteredKey> packRecipient;
    @FXML private DatePicker packFrom;
    @FXML private DatePicker packTo;
    @FXML private TextField packFile;
    @FXML private TextField resultsFile;
    @FXML private TextField signKeyFile;
    @FXML private PasswordField signPassphrase;
    @FXML private TextField signedCheckpointFile;
    @FXML private Button registerKey;
    @FXML private Button exportPack;
    @FXML private Button importResults;
    @FXML private Button signCheckpoint;
    @FXML private Button checkSignedCheckpoint;
    @FXML private Label auditResult;
    @FXML private Button verifyLog;
    @FXML private Button exportCheckpoint;
    @FXML private Button checkCheckpoint;

    public AuditView(AuditViewModel model, AuditPacksViewModel packs, Window owner) {
        this.model = model;
        this.packs = packs;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        UkDates.apply(packFrom, packTo);
        Views.showText(auditResult, model.resultProperty());
        model.outcomeProperty().addListener((obs, old, now) -> {
            auditResult.getStyleClass().removeAll("result-good", "result-bad");
            auditResult.getStyleClass().add("result-" + now);
        });
        verifyLog.disableProperty().bind(model.busyProperty());
        exportCheckpoint.disableProperty().bind(model.busyProperty());
        checkCheckpoint.disableProperty().bind(model.busyProperty());
        bindPacks();
    }

    private void bindPacks() {
        Views.showText(auditPacksResult, packs.resultProperty());
        packs.outcomeProperty().addListener((obs, old, now) -> {
            auditPacksResult.getStyleClass().removeAll("result-good", "result-bad");
            auditPacksResult.getStyleClass().add("result-" + now);
        });
        storeFingerprint.textProperty().bind(javafx.beans.binding.Bindings.concat("This store's fingerprint: ",
                packs.storeFingerprintProperty()));
        publicKeyFile.textProperty().bindBidirectional(packs.publicKeyFileProperty());
        packRecipient.setItems(packs.keys());
        ChoiceCells.show(packRecipient, RegisteredKey::fingerprint, "No team-lead key registered yet");
        packRecipient.valueProperty().bindBidirectional(packs.recipientProperty());
        packFrom.valueProperty().bindBidirectional(packs.fromProperty());
        packTo.valueProperty().bindBidirectional(packs.toProperty());
        packFile.textProperty().bindBidirectional(packs.packFileProperty());
        resultsFile.textProperty().bindBidirectional(packs.resultsFileProperty());
        signKeyFile.textProperty().bindBidirectional(packs.keyFileProperty());
        signPassphrase.textProperty().bindBidirectional(packs.passphraseProperty());
        signedCheckpointFile.textProperty().bindBidirectional(packs.checkpointFileProperty());
        for (Button button : new Button[] {registerKey, exportPack, importResults, signCheckpoint, checkSignedCheckpoint}) {
            button.disableProperty().bind(packs.busyProperty());
        }
        packs.load();
    }

    @FXML private void registerKey() { packs.registerKey(); }
    @FXML private void exportPack() { packs.exportPack(); }
    @FXML private void importResults() { packs.importResults(); }
    @FXML private void signCheckpoint() { packs.signCheckpoint(); }
    @FXML private void checkSigned() { packs.checkSigned(); }

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
