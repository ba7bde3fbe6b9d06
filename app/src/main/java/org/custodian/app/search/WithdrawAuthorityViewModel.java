package org.custodian.app.search;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.supply.SupplyOverview;
import org.custodian.core.supply.ThirdParty;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Withdrawing a third party's authority chosen in the record's list: nothing more is disclosed to them, and the line
 * stays on the record as Withdrawn. The view asks for confirmation first.
 */
public final class WithdrawAuthorityViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WithdrawAuthorityViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final long customerId;
    private final String purposeCode;
    private final Runnable onWithdrawn;
    private final ObjectProperty<SupplyOverview.ThirdPartyLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    WithdrawAuthorityViewModel(Workspace workspace, TaskRunner tasks, long customerId, String purposeCode, Runnable onWithdrawn) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.customerId = customerId;
        this.purposeCode = purposeCode;
        this.onWithdrawn = onWithdrawn;
    }

    /** True unless a line is chosen whose authority is not already withdrawn (an expired one can still be withdrawn). */
    public BooleanBinding cannotWithdraw() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().status() == ThirdParty.Status.WITHDRAWN
                || busy.get(), selected, busy);
    }

    /** The question the confirmation asks, naming whose authority ends. */
    public String confirmation() {
        SupplyOverview.ThirdPartyLine line = selected.get();
        return line == null ? "" : "Withdraw " + line.fullName() + "'s authority (" + line.authority().label().toLowerCase(java.util.Locale.UK)
                + ")? Nothing more will be disclosed to them; the record keeps the line as withdrawn.";
    }

    public void withdraw() {
        SupplyOverview.ThirdPartyLine line = selected.get();
        if (line == null) {
            return;
        }
        message.set("");
        busy.set(true);
        tasks.run(() -> {
            workspace.supply().withdrawThirdParty(workspace.session(), customerId, purposeCode, line.id());
            return null;
        }, ignored -> {
            busy.set(false);
            selected.set(null);
            onWithdrawn.run();
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "withdrawing a third party's authority"));
        });
    }

    public ObjectProperty<SupplyOverview.ThirdPartyLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
