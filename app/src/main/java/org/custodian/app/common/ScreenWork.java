package org.custodian.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.rules.Violation;
import org.slf4j.Logger;

/**
 * Runs one of a screen's commands away from the UI thread: the screen is busy until it ends, its last messages are
 * cleared first when asked, and a failure becomes one plain message (each broken rule's own sentence for bad
 * input, otherwise {@link UserMessages}' sentence, logged without personal data).
 */
public final class ScreenWork {

    private final TaskRunner tasks;
    private final BooleanProperty busy;
    private final StringProperty message;
    private final StringProperty success;
    private final Logger log;

    public ScreenWork(TaskRunner tasks, BooleanProperty busy, StringProperty message, StringProperty success, Logger log) {
        this.tasks = tasks;
        this.busy = busy;
        this.message = message;
        this.success = success;
        this.log = log;
    }

    /** Runs {@code work}, then {@code then} with its result; {@code during} names the work in a failure's log line. */
    public <T> void run(Callable<T> work, Consumer<T> then, String during, boolean clear) {
        busy.set(true);
        if (clear) {
            message.set("");
            success.set("");
        }
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof InvalidInputException invalid
                    ? String.join(" ", invalid.violations().stream().map(Violation::message).toList())
                    : UserMessages.sentenceFor(failure, log, during));
        });
    }
}
