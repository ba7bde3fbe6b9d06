package org.custodian.app.users;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team lead's choice of identity check: which items agents may ask a caller, and how many must be right.
 * Core refuses a bad choice (nothing ticked, more answers than items) with one sentence, and an agent outright.
 */
public final class IdentityCheckSettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityCheckSettingsViewModel.class);

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final List<ItemChoice> items = Arrays.stream(VerificationItem.values())
            .map(i -> new ItemChoice(i, new SimpleBooleanProperty(false))).toList();
    private final IntegerProperty required = new SimpleIntegerProperty(this, "required", VerificationPolicy.DEFAULT.required());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    IdentityCheckSettingsViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    /** One item of the check, ticked if agents may ask it. */
    public record ItemChoice(VerificationItem item, BooleanProperty chosen) {
        public String id() {
            return "policy-" + item.name().toLowerCase(Locale.ROOT);
        }
    }

    public void refresh() {
        run(() -> workspace.settings().verificationPolicy(workspace.session()), this::show, "loading the identity check");
    }

    private void show(VerificationPolicy policy) {
        items.forEach(c -> c.chosen().set(policy.items().contains(c.item())));
        required.set(policy.required());
    }

    public void save() {
        Set<VerificationItem> chosen = items.stream().filter(c -> c.chosen().get()).map(ItemChoice::item)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VerificationItem.class)));
        int count = required.get();
        success.set("");
        run(() -> {
            workspace.settings().setVerificationPolicy(workspace.session(), chosen, count);
            return workspace.settings().verificationPolicy(workspace.session());
        }, saved -> {
            show(saved);
            success.set(sentence(saved));
        }, "changing the identity check");
    }

    /** What agents are now told to do, in the words the record's panel uses. */
    static String sentence(VerificationPolicy policy) {
        List<String> words = EnumSet.copyOf(policy.items()).stream().map(VerificationItem::phrase).toList();
        String list = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        return words.size() == 1
                ? "Callers must now give their " + list + " correctly."
                : "Callers must now answer " + policy.required() + " of " + words.size() + " items correctly: " + list + ".";
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then, String during) {
        busy.set(true);
        message.set("");
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.sentenceFor(failure, LOG, during));
        });
    }

    public List<ItemChoice> items() {
        return items;
    }

    public IntegerProperty requiredProperty() {
        return required;
    }

    public int maxRequired() {
        return VerificationItem.values().length;
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
