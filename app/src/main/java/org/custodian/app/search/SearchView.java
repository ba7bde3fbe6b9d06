package org.custodian.app.search;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.custodian.app.common.Fxml;
import org.custodian.app.common.Mnemonics;
import org.custodian.app.common.ChoiceCells;
import org.custodian.app.common.Views;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.search.SearchHit;

/** The search page; the open record replaces it until the agent goes back to the results. */
public final class SearchView {

    private final SearchViewModel model;
    private final Window owner;
    @FXML private StackPane searchPage;
    @FXML private ScrollPane searchPane;
    @FXML private TextField searchField;
    @FXML private Label searchStatus;
    @FXML private Label searchMessage;
    @FXML private TableView<SearchHit> searchResults;
    @FXML private TableColumn<SearchHit, String> nameColumn;
    @FXML private TableColumn<SearchHit, String> postcodeColumn;
    @FXML private TableColumn<SearchHit, String> phoneColumn;
    @FXML private TableColumn<SearchHit, String> referenceColumn;
    @FXML private TableColumn<SearchHit, String> whyColumn;
    @FXML private ComboBox<Purpose> purposeChoice;
    @FXML private Button openRecord;

    public SearchView(SearchViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        Views.showText(searchStatus, model.statusProperty());
        Views.showText(searchMessage, model.messageProperty());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()));
        postcodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().outwardPostcode()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().maskedPhone()));
        referenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        whyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().why()));
        searchResults.setItems(model.results());
        searchResults.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != searchResults.getSelectionModel().getSelectedItem()) {
                searchResults.getSelectionModel().select(now);
            }
        });
        searchResults.setRowFactory(table -> {
            TableRow<SearchHit> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openOrAskForPurpose();
                }
            });
            return row;
        });
        purposeChoice.setItems(model.purposes());
        ChoiceCells.show(purposeChoice, Purpose::name, purposeChoice.getPromptText());
        purposeChoice.valueProperty().bindBidirectional(model.purposeProperty());
        openRecord.disableProperty().bind(model.canOpenProperty().not());
        // Enter in the search box or the results: open the chosen customer (or ask for the purpose first)
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openOrAskForPurpose();
            } else if (e.getCode() == KeyCode.DOWN && !model.results().isEmpty()) {
                searchResults.requestFocus();
            }
        });
        searchResults.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openOrAskForPurpose();
            }
        });
        model.openRecordProperty().addListener((obs, old, now) -> {
            if (now == null) {
                searchPage.getChildren().setAll(searchPane);
                Platform.runLater(searchField::requestFocus);
            } else {
                searchPage.getChildren().setAll(Fxml.load(new CustomerRecordView(now, owner)));
            }
            Mnemonics.forgetDetached(searchPage.getScene());
        });
        // the caller is already talking: the search box takes the keyboard as soon as the page is shown
        searchField.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(searchField::requestFocus);
            }
        });
    }

    private void openOrAskForPurpose() {
        if (model.canOpenProperty().get()) {
            model.open();
        } else if (model.selectedProperty().get() != null) {
            purposeChoice.requestFocus();
            purposeChoice.show();
        }
    }

    @FXML
    private void open() {
        model.open();
    }
}
