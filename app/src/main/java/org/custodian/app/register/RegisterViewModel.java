package org.custodian.app.register;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.supply.SupplyOverview;
import org.custodian.core.supply.SupplyService;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Team leads search the disclosure register by customer reference or recipient, within dates. */
public final class RegisterViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterViewModel.class);
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<SupplyOverview.DisclosureLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public RegisterViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    public void search() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            status.set("To: choose a day on or after the From day.");
            return;
        }
        SupplyService.RegisterQuery query = new SupplyService.RegisterQuery(text.get(), from.get(), to.get());
        busy.set(true);
        tasks.run(() -> workspace.supply().register(workspace.session(), query), found -> {
            busy.set(false);
            lines.setAll(found);
            status.set(found.isEmpty() ? "No disclosures match." : found.size() >= SupplyService.REGISTER_LIMIT
                    ? "The newest " + SupplyService.REGISTER_LIMIT + " disclosures; narrow the dates to see older ones."
                    : found.size() == 1 ? "1 disclosure, newest first." : found.size() + " disclosures, newest first.");
        }, failure -> {
            busy.set(false);
            status.set(UserMessages.sentenceFor(failure, LOG, "searching the disclosure register"));
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<SupplyOverview.DisclosureLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
