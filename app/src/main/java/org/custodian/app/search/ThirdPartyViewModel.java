package org.custodian.app.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.supply.AuthorityType;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.EvidenceType;
import org.custodian.core.supply.NewThirdParty;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recording someone's authority to act for the customer: who, what kind, the evidence seen, what it covers, until when. */
public final class ThirdPartyViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ThirdPartyViewModel.class);
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final long customerId;
    private final String purposeCode;
    private final Long callId;
    private final Runnable onSaved;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<AuthorityType> authority = new SimpleObjectProperty<>(this, "authority");
    private final ObjectProperty<EvidenceType> evidence = new SimpleObjectProperty<>(this, "evidence");
    private final StringProperty evidenceNote = new SimpleStringProperty(this, "evidenceNote", "");
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>(this, "expiresOn");
    private final List<SupplyPanelViewModel.ItemChoice> scope;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    ThirdPartyViewModel(Workspace workspace, TaskRunner tasks, long customerId, String purposeCode, Long callId,
                        List<DisclosureItem> available, Runnable onSaved) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.customerId = customerId;
        this.purposeCode = purposeCode;
        this.callId = callId;
        this.onSaved = onSaved;
        this.scope = available.stream().map(i -> new SupplyPanelViewModel.ItemChoice(i, new SimpleBooleanProperty(false))).toList();
    }

    /** Core checks every field and names each problem; the form stays open until it saves. */
    public void save() {
        Set<DisclosureItem> covers = scope.stream().filter(c -> c.chosen().get()).map(SupplyPanelViewModel.ItemChoice::item)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DisclosureItem.class)));
        NewThirdParty draft = new NewThirdParty(name.get(), authority.get(), evidence.get(), evidenceNote.get(), covers, expiresOn.get());
        busy.set(true);
        message.set("");
        tasks.run(() -> {
            workspace.supply().addThirdParty(workspace.session(), customerId, purposeCode, callId, draft);
            return null;
        }, ignored -> {
            busy.set(false);
            saved.set(true);
            onSaved.run();
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "recording a third party"));
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AuthorityType> authorityProperty() {
        return authority;
    }

    public ObjectProperty<EvidenceType> evidenceProperty() {
        return evidence;
    }

    public StringProperty evidenceNoteProperty() {
        return evidenceNote;
    }

    public ObjectProperty<LocalDate> expiresOnProperty() {
        return expiresOn;
    }

    public List<SupplyPanelViewModel.ItemChoice> scope() {
        return scope;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
