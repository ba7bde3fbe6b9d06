package org.custodian.app.register;

import static org.custodian.app.common.Views.column;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.custodian.app.common.UkDates;
import org.custodian.app.common.Views;
import org.custodian.core.supply.SupplyOverview.DisclosureLine;

/** The disclosure register page: bindings only. */
public final class RegisterView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private final RegisterViewModel model;
    @FXML private Label registerTextLabel;
    @FXML private Label registerFromLabel;
    @FXML private Label registerToLabel;
    @FXML private TextField registerText;
    @FXML private DatePicker registerFrom;
    @FXML private DatePicker registerTo;
    @FXML private Button registerSearch;
    @FXML private Label registerStatus;
    @FXML private TableView<DisclosureLine> registerTable;
    @FXML private TableColumn<DisclosureLine, String> registerWhen;
    @FXML private TableColumn<DisclosureLine, String> registerReference;
    @FXML private TableColumn<DisclosureLine, String> registerRecipient;
    @FXML private TableColumn<DisclosureLine, String> registerRelation;
    @FXML private TableColumn<DisclosureLine, String> registerItems;
    @FXML private TableColumn<DisclosureLine, String> registerBasis;
    @FXML private TableColumn<DisclosureLine, String> registerPurpose;
    @FXML private TableColumn<DisclosureLine, String> registerAgent;

    public RegisterView(RegisterViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        UkDates.apply(registerFrom, registerTo);
        registerTextLabel.setLabelFor(registerText);
        registerFromLabel.setLabelFor(registerFrom);
        registerToLabel.setLabelFor(registerTo);
        registerText.textProperty().bindBidirectional(model.textProperty());
        registerFrom.valueProperty().bindBidirectional(model.fromProperty());
        registerTo.valueProperty().bindBidirectional(model.toProperty());
        registerSearch.disableProperty().bind(model.busyProperty());
        Views.showText(registerStatus, model.statusProperty());
        column(registerWhen, d -> WHEN.format(d.disclosedAt()));
        column(registerReference, DisclosureLine::customerReference);
        column(registerRecipient, DisclosureLine::recipient);
        column(registerRelation, DisclosureLine::relation);
        column(registerItems, d -> d.items().stream().map(i -> i.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", ")));
        column(registerBasis, d -> d.basis().label());
        column(registerPurpose, DisclosureLine::purposeName);
        column(registerAgent, DisclosureLine::agent);
        registerTable.setItems(model.lines());
    }

    @FXML
    private void search() {
        model.search();
    }
}
