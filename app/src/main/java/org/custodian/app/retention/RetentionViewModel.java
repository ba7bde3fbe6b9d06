package org.custodian.app.retention;

import java.text.NumberFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.retention.DataCategory;
import org.custodian.core.retention.DisposalPlan;
import org.custodian.core.retention.RetentionRule;
import org.custodian.core.retention.SweepResult;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention for team leads: the rule per category (editable), a dry run listing how many records of each would
 * go, and the disposal sweep with progress and a stop. Counts only; the page never shows a record.
 */
public final class RetentionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionViewModel.class);
    public static final List<ChronoUnit> UNITS = List.of(ChronoUnit.DAYS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ObservableList<RuleLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<DataCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final ObjectProperty<ChronoUnit> unit = new SimpleObjectProperty<>(this, "unit", ChronoUnit.YEARS);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyStringWrapper planSummary = new ReadOnlyStringWrapper(this, "planSummary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final Map<DataCategory, Long> due = new EnumMap<>(DataCategory.class);
    private AtomicBoolean stop = new AtomicBoolean();

    /** One row of the rules table: what is kept, for how long, counted from what, and how many are past it. */
    public record RuleLine(DataCategory category, String label, String period, String countedFrom, String due) {
    }

    public RetentionViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        category.addListener((obs, old, now) -> {
            if (now != null) {
                RetentionRule rule = workspace.retention().rule(now);
                amount.set(Integer.toString(rule.amount()));
                unit.set(rule.unit());
            }
        });
    }

    public void refresh() {
        List<RuleLine> rows = new ArrayList<>();
        for (RetentionRule rule : workspace.retention().rules()) {
            Long count = due.get(rule.category());
            rows.add(new RuleLine(rule.category(), rule.category().label(), rule.display(), rule.category().countedFrom(),
                    count == null ? "" : number(count)));
        }
        lines.setAll(rows);
        if (category.get() == null) {
            category.set(DataCategory.values()[0]);
        }
    }

    public void saveRule() {
        message.set("");
        success.set("");
        int typed;
        try {
            typed = Integer.parseInt(amount.get().strip());
        } catch (NumberFormatException e) {
            message.set("Keep for: enter a whole number, for example 6.");
            return;
        }
        RetentionRule rule = new RetentionRule(category.get(), typed, unit.get());
        tasks.run(() -> {
            workspace.retention().setRule(workspace.session(), rule);
            return rule;
        }, saved -> {
            due.clear();
            planSummary.set("");
            refresh();
            success.set(saved.category().label() + ": now kept for " + saved.display() + " " + saved.category().countedFrom()
                    + ". Run the dry run to see what that means.");
        }, failure -> message.set(UserMessages.sentenceFor(failure, LOG, "changing a retention rule")));
    }

    /** Counts what a sweep now would dispose of, per category. */
    public void dryRun() {
        message.set("");
        success.set("");
        tasks.run(() -> workspace.retention().dryRun(workspace.session()), plan -> {
            due.clear();
            plan.lines().forEach(line -> due.put(line.rule().category(), line.due()));
            refresh();
            planSummary.set(describe(plan));
        }, failure -> message.set(UserMessages.sentenceFor(failure, LOG, "counting records past their retention")));
    }

    static String describe(DisposalPlan plan) {
        if (plan.total() == 0) {
            return "Nothing is past its retention period: a sweep now would dispose of nothing.";
        }
        List<String> parts = new ArrayList<>();
        for (DisposalPlan.Line line : plan.lines()) {
            if (line.due() > 0) {
                parts.add(number(line.due()) + " " + line.rule().category().label().toLowerCase(Locale.UK));
            }
        }
        return "A sweep now would dispose of " + number(plan.total()) + (plan.total() == 1 ? " record: " : " records: ")
                + String.join(", ", parts) + ".";
    }

    /** Disposes of everything past its rule, in committed batches; a stop keeps what went and can be resumed. */
    public void sweep() {
        message.set("");
        success.set("");
        AtomicBoolean myStop = new AtomicBoolean();
        stop = myStop;
        running.set(true);
        progress.set(0);
        status.set("Disposing…");
        tasks.run(() -> workspace.retention().sweep(workspace.session(),
                (done, total) -> tasks.onUi(() -> showProgress(done, total)), myStop::get), result -> {
                    running.set(false);
                    status.set("");
                    finished(result);
                }, failure -> {
                    running.set(false);
                    status.set("");
                    message.set(UserMessages.sentenceFor(failure, LOG, "the disposal sweep"));
                });
    }

    private void showProgress(long done, long total) {
        progress.set(total == 0 ? 1 : (double) done / total);
        status.set("Disposed of " + number(done) + " of " + number(total) + " records.");
    }

    private void finished(SweepResult result) {
        List<String> parts = new ArrayList<>();
        result.disposed().forEach((c, n) -> parts.add(number(n) + " " + c.label().toLowerCase(Locale.UK)));
        String what = parts.isEmpty() ? "nothing" : String.join(", ", parts);
        success.set(result.stopped()
                ? "Stopped: disposed of " + what + " so far. Run the sweep again to carry on."
                : "Disposal finished: " + what + ". Each batch is recorded in the audit log by category and count.");
        due.clear();
        planSummary.set("");
        refresh();
    }

    public void stop() {
        stop.set(true);
        status.set("Stopping after the current batch…");
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    public static String unitLabel(ChronoUnit unit) {
        return unit == null ? "" : unit.name().charAt(0) + unit.name().substring(1).toLowerCase(Locale.UK);
    }

    public ObservableList<RuleLine> lines() {
        return lines;
    }

    public ObjectProperty<DataCategory> categoryProperty() {
        return category;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<ChronoUnit> unitProperty() {
        return unit;
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

    public ReadOnlyStringProperty planSummaryProperty() {
        return planSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
