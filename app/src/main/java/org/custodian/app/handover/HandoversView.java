package org.custodian.app.handover;

import static org.custodian.app.common.Views.column;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.custodian.app.common.Views;
import org.custodian.core.handover.Department;
import org.custodian.core.handover.HandoverItem;
import org.custodian.core.handover.Timeliness;

/** The Handovers page: the queue (overdue rows marked in words and by style), what was sent, and the chosen note. */
public final class HandoversView {

    private final HandoversViewModel model;
    @FXML private Label handoversMessage;
    @FXML private Label handoversSuccess;
    @FXML private Label queueSummary;
    @FXML private TableView<HandoverItem> handoverQueue;
    @FXML private TableColumn<HandoverItem, String> queueDue;
    @FXML private TableColumn<HandoverItem, String> queueUrgency;
    @FXML private TableColumn<HandoverItem, String> queueCustomer;
    @FXML private TableColumn<HandoverItem, String> queueFrom;
    @FXML private TableColumn<HandoverItem, String> queueTo;
    @FXML private TableView<HandoverItem> handoversSent;
    @FXML private TableColumn<HandoverItem, String> sentWhen;
    @FXML private TableColumn<HandoverItem, String> sentCustomer;
    @FXML private TableColumn<HandoverItem, String> sentTo;
    @FXML private TableColumn<HandoverItem, String> sentStanding;
    @FXML private VBox departmentsCard;
    @FXML private TableView<Department> departmentsTable;
    @FXML private TableColumn<Department, String> departmentName;
    @FXML private TableColumn<Department, String> departmentState;
    @FXML private TextField newDepartmentName;
    @FXML private Button addDepartment;
    @FXML private Button retireDepartment;
    @FXML private Label detailHint;
    @FXML private Label detailCustomer;
    @FXML private Label detailRoute;
    @FXML private Label detailUrgency;
    @FXML private Label detailNeed;
    @FXML private Label detailDone;
    @FXML private Label detailPromised;
    @FXML private Label detailStanding;
    @FXML private VBox handoverDetail;
    @FXML private Button acknowledgeHandover;

    public HandoversView(HandoversViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Views.showText(handoversMessage, model.messageProperty());
        Views.showText(handoversSuccess, model.successProperty());
        Views.showText(queueSummary, model.queueSummaryProperty());
        column(queueDue, HandoversViewModel::due);
        column(queueUrgency, h -> h.handover().urgency().label());
        column(queueCustomer, HandoversViewModel::customer);
        column(queueFrom, HandoverItem::fromName);
        column(queueTo, HandoverItem::toLabel);
        handoverQueue.setItems(model.queue());
        handoverQueue.setRowFactory(table -> new TimelinessRow());
        column(sentWhen, h -> HandoversViewModel.when(h.handover().sentAt()));
        column(sentCustomer, HandoversViewModel::customer);
        column(sentTo, HandoverItem::toLabel);
        column(sentStanding, HandoversViewModel::standing);
        handoversSent.setItems(model.sent());
        handoversSent.setRowFactory(table -> new TimelinessRow());
        handoverQueue.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                handoversSent.getSelectionModel().clearSelection();
                model.open(now);
            }
        });
        handoversSent.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                handoverQueue.getSelectionModel().clearSelection();
                model.open(now);
            }
        });
        model.openedProperty().addListener((obs, old, now) -> showOpened());
        showOpened();
        acknowledgeHandover.disableProperty().bind(model.canAcknowledgeProperty().not());

        departmentsCard.setVisible(model.managesDepartments());
        departmentsCard.setManaged(model.managesDepartments());
        column(departmentName, Department::name);
        column(departmentState, d -> d.active() ? "Takes handovers" : "Retired");
        departmentsTable.setItems(model.departments());
        departmentsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.departmentProperty().set(now));
        newDepartmentName.textProperty().bindBidirectional(model.newDepartmentProperty());
        addDepartment.disableProperty().bind(model.busyProperty().or(model.newDepartmentProperty().isEmpty()));
        retireDepartment.disableProperty().bind(model.busyProperty().or(model.departmentProperty().isNull()));
    }

    private void showOpened() {
        boolean shown = model.openedProperty().get() != null;
        for (Label label : new Label[] {detailCustomer, detailRoute, detailUrgency, detailNeed, detailDone, detailPromised,
                detailStanding}) {
            label.setVisible(shown);
            label.setManaged(shown);
        }
        handoverDetail.lookupAll(".text-muted").forEach(n -> {
            if (n != detailHint) {
                n.setVisible(shown);
                n.setManaged(shown);
            }
        });
        detailHint.setVisible(!shown);
        detailHint.setManaged(!shown);
        acknowledgeHandover.setVisible(shown);
        acknowledgeHandover.setManaged(shown);
        if (!shown) {
            return;
        }
        HandoverItem h = model.openedProperty().get();
        detailCustomer.setText(model.detailHeading());
        detailRoute.setText(model.detailRoute());
        detailUrgency.setText(model.detailUrgency());
        detailUrgency.getStyleClass().removeAll("overdue-text");
        if (h.overdue()) {
            detailUrgency.getStyleClass().add("overdue-text");
        }
        detailNeed.setText(h.handover().need());
        detailDone.setText(h.handover().done());
        detailPromised.setText(model.detailPromised());
        detailStanding.setText(model.detailStanding());
    }

    /** Marks overdue and due-soon rows by style; the "By when" text says the same in words. */
    private static final class TimelinessRow extends TableRow<HandoverItem> {
        @Override
        protected void updateItem(HandoverItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("overdue", "due-soon");
            if (!empty && item != null && item.timeliness() == Timeliness.OVERDUE) {
                getStyleClass().add("overdue");
            } else if (!empty && item != null && item.timeliness() == Timeliness.DUE_SOON) {
                getStyleClass().add("due-soon");
            }
        }
    }

    @FXML
    private void acknowledge() {
        model.acknowledge();
    }

    @FXML
    private void addDepartment() {
        model.addDepartment();
    }

    @FXML
    private void retireDepartment() {
        model.retireDepartment();
    }
}
