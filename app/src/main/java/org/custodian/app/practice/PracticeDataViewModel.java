package org.custodian.app.practice;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.synthetic.SyntheticDataService;
import org.custodian.core.synthetic.SyntheticRun;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Filling a store with fictional customers for training and testing, with progress and a way to stop. Core checks
 * the role and the number, writes in committed batches, and keeps what was written when stopped.
 */
public final class PracticeDataViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeDataViewModel.class);
    public static final int DEFAULT_COUNT = 10_000;

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", DEFAULT_COUNT);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private AtomicBoolean stop = new AtomicBoolean();

    public PracticeDataViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    /** What the confirmation asks before anything is written. */
    public String confirmation() {
        return "Add " + number(count.get()) + " fictional customers to this store? They are for training and testing: "
                + "made-up names, Ofcom drama phone numbers and example.com email addresses. They stay until erased.";
    }

    public void generate() {
        int requested = count.get();
        AtomicBoolean myStop = new AtomicBoolean();
        stop = myStop;
        running.set(true);
        message.set("");
        success.set("");
        progress.set(0);
        long started = System.nanoTime();
        status.set("Starting…");
        tasks.run(() -> workspace.synthetic().generate(workspace.session(), requested, System.nanoTime(),
                (done, total) -> tasks.onUi(() -> showProgress(done, total, started)), myStop::get), run -> {
                    running.set(false);
                    finished(run);
                }, failure -> {
                    running.set(false);
                    status.set("");
                    message.set(UserMessages.sentenceFor(failure, LOG, "generating practice data"));
                });
    }

    private void showProgress(int done, int total, long started) {
        progress.set(total == 0 ? 0 : (double) done / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        String rate = seconds < 1 || done == 0 ? "" : " (" + number((int) (done / seconds)) + " a second)";
        status.set("Written " + number(done) + " of " + number(total) + rate + ".");
    }

    private void finished(SyntheticRun run) {
        status.set("");
        progress.set(run.requested() == 0 ? 0 : (double) run.written() / run.requested());
        success.set(run.cancelled()
                ? "Stopped: " + number(run.written()) + " of " + number(run.requested()) + " fictional customers were added and kept."
                : "Added " + number(run.written()) + " fictional customers. Find them from the Search page.");
    }

    /** Stops after the batch being written; what was written stays. */
    public void stop() {
        stop.set(true);
        status.set("Stopping after the current batch…");
    }

    private static String number(int n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    public int maxCount() {
        return SyntheticDataService.MAX_COUNT;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
