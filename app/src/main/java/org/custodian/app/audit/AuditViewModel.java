package org.custodian.app.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.Checkpoint;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Verify the event log, export a checkpoint and check the log against a kept one; core does the checking. */
public final class AuditViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);
    private static final int MAX_CHECKPOINT_BYTES = 4096;

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "none");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    public AuditViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    public void verify() {
        start(() -> {
            ChainVerification result = workspace.audit().verify(workspace.session());
            Verdict verdict = describe(result);
            if (result instanceof ChainVerification.Broken broken) {
                return new Verdict(verdict.sentence() + " " + whatItWas(workspace.audit().event(workspace.session(), broken.seq())),
                        "bad");
            }
            return verdict;
        }, "verifying the event log");
    }

    public void exportCheckpoint(Path target) {
        start(() -> {
            Checkpoint checkpoint = workspace.audit().checkpoint(workspace.session());
            Files.write(target, checkpoint.toBytes(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            return new Verdict("Checkpoint saved: it records " + events(checkpoint.count())
                    + ". Keep the file somewhere the store's users cannot change it.", "good");
        }, "exporting a checkpoint");
    }

    public void checkAgainst(Path source) {
        start(() -> {
            if (Files.size(source) > MAX_CHECKPOINT_BYTES) {
                return new Verdict("This is not a Custodian checkpoint file.", "bad");
            }
            Checkpoint kept;
            try {
                kept = Checkpoint.parse(Files.readString(source, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                return new Verdict(e instanceof IllegalArgumentException ? e.getMessage()
                        : "This is not a Custodian checkpoint file.", "bad");
            }
            return describe(kept, workspace.audit().compare(workspace.session(), kept));
        }, "checking a checkpoint");
    }

    static Verdict describe(ChainVerification verification) {
        if (verification instanceof ChainVerification.Intact intact) {
            return new Verdict("Intact (" + events(intact.count()) + "): every event links to the one before.", "good");
        }
        ChainVerification.Broken broken = (ChainVerification.Broken) verification;
        String fault = switch (broken.fault()) {
            case CONTENT_CHANGED -> "its content or stored hash was changed";
            case LINK_BROKEN -> "it does not link to the event before it (an event was removed, reordered or forged)";
            case GAP -> "the sequence numbers have a gap there";
        };
        return new Verdict("Broken at event " + broken.seq() + ": " + fault + ". Tell your data protection officer.",
                "bad");
    }

    /** What the broken event was: its action and time as stored (codes only; events hold no personal data). */
    static String whatItWas(java.util.Optional<org.custodian.core.events.Event> event) {
        return event.map(e -> "That event is recorded as " + e.action() + " at "
                + java.time.format.DateTimeFormatter.ISO_INSTANT.format(e.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                + (e.actorId() == null ? "" : " by user " + e.actorId()) + ".")
                .orElse("No event with that number is stored.");
    }

    static Verdict describe(Checkpoint kept, Checkpoint.Comparison comparison) {
        return switch (comparison) {
            case GREW_FROM -> new Verdict("The log only grew since this checkpoint: its first "
                    + events(kept.count()) + " are unchanged.", "good");
            case TRUNCATED -> new Verdict("The log now holds fewer events than the checkpoint's "
                    + kept.count() + ": it was truncated.", "bad");
            case DIVERGED -> new Verdict("The event at the checkpoint's position is not the one recorded: "
                    + "the log was rolled back or rewritten.", "bad");
            case CHAIN_BROKEN -> new Verdict("The event log's chain is broken; verify the log to see where.", "bad");
        };
    }

    private static String events(long count) {
        return count == 1 ? "1 event" : count + " events";
    }

    private void start(java.util.concurrent.Callable<Verdict> work, String during) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        result.set("");
        outcome.set("none");
        tasks.run(work, verdict -> {
            busy.set(false);
            result.set(verdict.sentence());
            outcome.set(verdict.tone());
        }, failure -> {
            busy.set(false);
            result.set(failure instanceof java.io.IOException
                    ? "The file could not be read or written. Check the location and try again."
                    : UserMessages.sentenceFor(failure, LOG, during));
            if (failure instanceof java.io.IOException) {
                LOG.warn("File access failed while {}: {}", during, failure.getClass().getName());
            }
            outcome.set("bad");
        });
    }

    /** A sentence to show and its tone ("good" or "bad"), which the view turns into a style. */
    record Verdict(String sentence, String tone) {
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
