package org.custodian.app.review;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.custodian.app.common.Views;

/** The offline review screen: bindings only; the view model and core do the work. */
public final class ReviewView {

    private final ReviewViewModel model;
    private final Window owner;
    @FXML private TextField reviewKeyFile;
    @FXML private PasswordField reviewPassphrase;
    @FXML private TextField reviewPackFile;
    @FXML private TextField reviewStoreFingerprint;
    @FXML private TableView<EntryRow> reviewEntries;
    @FXML private TableColumn<EntryRow, String> entryReference;
    @FXML private TableColumn<EntryRow, String> entryAgent;
    @FXML private TableColumn<EntryRow, String> entrySaved;
    @FXML private TableColumn<EntryRow, String> entryResult;
    @FXML private ListView<String> reviewPoints;
    @FXML private TextArea reviewComment;
    @FXML private TextField reviewResultsFile;
    @FXML private Label reviewMessage;
    @FXML private Label reviewSummary;
    @FXML private Label reviewVerdict;
    @FXML private VBox reviewOpened;
    @FXML private VBox reviewOpenForm;
    @FXML private Button openPack;
    @FXML private Button createKeyFile;

    public ReviewView(ReviewViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        reviewKeyFile.textProperty().bindBidirectional(model.keyFileProperty());
        reviewPassphrase.textProperty().bindBidirectional(model.passphraseProperty());
        reviewPackFile.textProperty().bindBidirectional(model.packFileProperty());
        reviewStoreFingerprint.textProperty().bindBidirectional(model.storeFingerprintProperty());
        reviewComment.textProperty().bindBidirectional(model.commentProperty());
        reviewResultsFile.textProperty().bindBidirectional(model.resultsFileProperty());
        Views.showText(reviewMessage, model.messageProperty());
        Views.showText(reviewSummary, model.packSummaryProperty());
        Views.showText(reviewVerdict, model.selectedVerdictProperty());
        reviewOpened.visibleProperty().bind(model.openedProperty());
        reviewOpened.managedProperty().bind(model.openedProperty());
        reviewOpenForm.visibleProperty().bind(model.openedProperty().not());
        reviewOpenForm.managedProperty().bind(model.openedProperty().not());
        openPack.disableProperty().bind(model.busyProperty());
        createKeyFile.disableProperty().bind(model.busyProperty());
        entryReference.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        entryAgent.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agent()));
        entrySaved.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().saved()));
        entryResult.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        reviewEntries.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("review-failed");
                if (!empty && row != null && row.failures() > 0) {
                    getStyleClass().add("review-failed");
                }
            }
        });
        reviewEntries.setItems(model.entries());
        reviewPoints.setItems(model.selectedPoints());
        reviewEntries.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && reviewEntries.getSelectionModel().getSelectedItem() != now) {
                reviewEntries.getSelectionModel().select(now);
            }
        });
    }

    @FXML private void open() { model.open(); }
    @FXML private void createKeyFile() { model.createKeyFile(); }
    @FXML private void back() { model.leave(); }
    @FXML private void markReviewed() { model.markReviewed(); }
    @FXML private void flagCoaching() { model.flagForCoaching(); }

    @FXML
    private void saveResults() {
        model.saveResults();
    }

    @FXML
    private void chooseKeyFile() {
        choose("Team-lead key file", reviewKeyFile);
    }

    @FXML
    private void choosePackFile() {
        choose("Audit pack", reviewPackFile);
    }

    private void choose(String title, TextField into) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            into.setText(file.getAbsolutePath());
        }
    }
}
