package org.custodian.app.search;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.search.SearchHit;
import org.custodian.core.search.SearchResult;
import org.custodian.core.search.SearchService;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search page: results as the agent types (each keystroke starts a search and tells the one before it to
 * stop), then opening the chosen customer's record for a stated purpose.
 */
public final class SearchViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Purpose> purposes = FXCollections.observableArrayList();
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, "purpose");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<CustomerRecordViewModel> openRecord = new ReadOnlyObjectWrapper<>(this, "openRecord");
    private final BooleanBinding canOpen = selected.isNotNull().and(purpose.isNotNull()).and(busy.not());
    private long generation;
    /** Set to stop the search still running, when a newer keystroke starts another. */
    private AtomicBoolean stopPrevious = new AtomicBoolean();

    public SearchViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        query.addListener((obs, old, now) -> search(now));
        status.set(hintFor(""));
    }

    public void refresh() {
        tasks.run(() -> workspace.records().purposes(), purposes::setAll,
                failure -> message.set(UserMessages.sentenceFor(failure, LOG, "listing purposes")));
    }

    private static String hintFor(String typed) {
        return org.custodian.core.search.SearchQuery.parse(typed) instanceof org.custodian.core.search.SearchQuery.Incomplete i
                ? i.hint() : "";
    }

    private void search(String typed) {
        stopPrevious.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        stopPrevious = cancelled;
        long mine = ++generation;
        message.set("");
        tasks.run(() -> workspace.search().search(workspace.session(), typed, SearchService.DEFAULT_LIMIT, cancelled::get),
                result -> {
                    if (mine == generation) {
                        show(result);
                    }
                }, failure -> {
                    if (mine == generation && !(failure instanceof CancellationException)) {
                        results.clear();
                        message.set(UserMessages.sentenceFor(failure, LOG, "searching"));
                    }
                });
    }

    private void show(SearchResult result) {
        results.setAll(result.hits());
        selected.set(results.isEmpty() ? null : results.get(0));
        status.set(describe(result));
    }

    static String describe(SearchResult result) {
        if (result.kind() == org.custodian.core.search.SearchQuery.Kind.NONE) {
            return result.hint();
        }
        String by = " by " + result.kind().label();
        int n = result.hits().size();
        if (n == 0) {
            return "No customer found" + by + ".";
        }
        if (result.more()) {
            return "The closest " + n + " found" + by + "; there are more, so type more to narrow it.";
        }
        return (n == 1 ? "1 customer" : n + " customers") + " found" + by + ", closest first.";
    }

    /** Opens the chosen customer for the chosen purpose; core logs the opening with the purpose. */
    public void open() {
        SearchHit hit = selected.get();
        Purpose why = purpose.get();
        if (hit == null || why == null) {
            message.set(hit == null ? "Choose a customer from the results first."
                    : "Purpose: choose why you are opening the record.");
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(() -> workspace.records().open(workspace.session(), hit.customerId(), why.code()), view -> {
            busy.set(false);
            openRecord.set(new CustomerRecordViewModel(workspace, tasks, view, () -> openRecord.set(null)));
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "opening a record"));
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ObjectProperty<SearchHit> selectedProperty() {
        return selected;
    }

    public ObservableList<Purpose> purposes() {
        return purposes;
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    public ReadOnlyObjectProperty<CustomerRecordViewModel> openRecordProperty() {
        return openRecord.getReadOnlyProperty();
    }
}
