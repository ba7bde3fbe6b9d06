package org.custodian.app.search;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setting or changing the customer's security question on a call. Core allows it only once the caller has passed
 * the identity check, and keeps only a keyed hash of the answer; the answer is cleared from here once saved and
 * never shown again.
 */
public final class SecurityQuestionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityQuestionViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final long customerId;
    private final String purposeCode;
    private final Supplier<Long> callId;
    private final Runnable onSaved;
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final StringProperty question = new SimpleStringProperty(this, "question", "");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    SecurityQuestionViewModel(Workspace workspace, TaskRunner tasks, long customerId, String purposeCode, Supplier<Long> callId,
                              Runnable onSaved) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.customerId = customerId;
        this.purposeCode = purposeCode;
        this.callId = callId;
        this.onSaved = onSaved;
    }

    /** The question the record's check asks now, or null when none is asked. */
    void showCurrent(String asked) {
        current.set(asked == null ? "No security question is asked for this customer."
                : "Current question: \u201c" + asked + "\u201d. Saving a new one replaces it and its answer.");
    }

    public void save() {
        String chosenQuestion = question.get();
        String chosenAnswer = answer.get();
        Long call = callId.get();
        message.set("");
        success.set("");
        busy.set(true);
        tasks.run(() -> {
            workspace.callerChecks().setSecurityQuestion(workspace.session(), customerId, purposeCode, call, chosenQuestion, chosenAnswer);
            return null;
        }, ignored -> {
            busy.set(false);
            question.set("");
            answer.set("");
            success.set("Security question saved. The answer is kept only in a form that can check a caller, never shown.");
            onSaved.run();
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, "setting the security question"));
        });
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
