package org.custodian.app.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.audit.keys.TeamLeadKeyFile;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.review.OfflineReview;
import org.custodian.core.audit.review.ReviewResult;
import org.custodian.core.audit.review.Verdict;
import org.custodian.core.crypto.Argon2Params;
import org.custodian.core.crypto.Passphrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team lead's review of an audit pack on their own machine, with no store: create a key file, open a pack with
 * it (core verifies and scores), see failures first, mark each entry, save the signed results. Read-only: nothing
 * here can change the agent's store.
 */
public final class ReviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);
    private static final long MAX_PACK_BYTES = 512L * 1024 * 1024;

    private final TaskRunner tasks;
    private final Clock clock;
    private final Runnable back;
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile", "");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty packFile = new SimpleStringProperty(this, "packFile", "");
    private final StringProperty storeFingerprint = new SimpleStringProperty(this, "storeFingerprint", "");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty resultsFile = new SimpleStringProperty(this, "resultsFile", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper packSummary = new ReadOnlyStringWrapper(this, "packSummary", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanProperty opened = new SimpleBooleanProperty(this, "opened", false);
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ObjectProperty<EntryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> selectedPoints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedVerdict = new ReadOnlyStringWrapper(this, "selectedVerdict", "");
    private OfflineReview review;
    private TeamLeadKeys keys;

    public ReviewViewModel(TaskRunner tasks, Clock clock, Runnable back) {
        this.tasks = tasks;
        this.clock = clock;
        this.back = back;
        selected.addListener((obs, old, now) -> showSelected());
    }

    /** Makes a new key file and, beside it, the public key file to register in the agent's store. */
    public void createKeyFile() {
        Path target = path(keyFile.get());
        if (target == null) {
            message.set("Key file: choose where to save it.");
            return;
        }
        Passphrase secret = Passphrase.copyOf(passphrase.get());
        run(() -> {
            try (TeamLeadKeys created = TeamLeadKeyFile.create(target, secret, Argon2Params.DEFAULT)) {
                Path publicFile = target.resolveSibling(target.getFileName() + ".pub");
                Files.write(publicFile, created.publicKey().toBytes(), StandardOpenOption.CREATE_NEW);
                return "Key file created. Register " + publicFile.getFileName() + " in the agent's store; its fingerprint is "
                        + created.publicKey().fingerprint() + ".";
            } finally {
                secret.destroy();
            }
        }, text -> message.set(text), "creating a team-lead key file");
    }

    /** Opens the key file and the pack; core checks the pack's signature, decryption and event chain. */
    public void open() {
        Path key = path(keyFile.get());
        Path pack = path(packFile.get());
        String trusted = normalised(storeFingerprint.get());
        if (key == null || pack == null || trusted.isEmpty()) {
            message.set(key == null ? "Key file: choose your team-lead key file."
                    : pack == null ? "Audit pack: choose the pack file." : "Store fingerprint: type the fingerprint the store showed.");
            return;
        }
        Passphrase secret = Passphrase.copyOf(passphrase.get());
        run(() -> {
            if (Files.size(pack) > MAX_PACK_BYTES) {
                throw new java.io.IOException("pack too large");
            }
            TeamLeadKeys opened;
            try {
                opened = TeamLeadKeyFile.open(key, secret);
            } finally {
                secret.destroy();
            }
            try {
                OfflineReview result = OfflineReview.open(Files.readAllBytes(pack), opened, fp -> normalised(fp).equals(trusted), clock);
                return new Opened(result, opened);
            } catch (RuntimeException e) {
                opened.destroy();
                throw e;
            }
        }, done -> {
            close();
            review = done.review();
            keys = done.keys();
            passphrase.set("");
            List<EntryRow> rows = review.scores().stream().map(s -> EntryRow.of(s, clock.getZone())).toList();
            long failing = rows.stream().filter(r -> r.failures() > 0).count();
            packSummary.set(rows.size() + " entries, " + failing + " with failures (shown first). Signature, decryption "
                    + "and the chain of " + review.pack().events().size() + " events verified; head at event "
                    + review.pack().headCount() + ".");
            entries.setAll(rows);
            message.set("");
            opened.set(true);
            if (!entries.isEmpty()) {
                selected.set(entries.get(0));
            }
        }, "opening an audit pack");
    }

    private record Opened(OfflineReview review, TeamLeadKeys keys) {
    }

    public void markReviewed() {
        mark(Verdict.REVIEWED);
    }

    public void flagForCoaching() {
        mark(Verdict.COACHING);
    }

    private void mark(Verdict verdict) {
        EntryRow row = selected.get();
        if (review == null || row == null) {
            message.set("Choose an entry first.");
            return;
        }
        try {
            review.mark(row.interactionId(), verdict, comment.get());
            comment.set("");
            message.set((verdict == Verdict.COACHING ? "Flagged for coaching: " : "Marked reviewed: ") + row.reference() + ".");
            showSelected();
        } catch (RuntimeException e) {
            message.set(UserMessages.sentenceFor(e, LOG, "marking an entry"));
        }
    }

    /** Writes the results, signed with the team lead's key, for the agent's store to import. */
    public void saveResults() {
        Path target = path(resultsFile.get());
        if (review == null || target == null) {
            message.set(review == null ? "Open an audit pack first." : "Review results: choose where to save them.");
            return;
        }
        if (review.results().isEmpty()) {
            message.set("Mark at least one entry before saving the review results.");
            return;
        }
        int count = review.results().size();
        byte[] signed = review.signedResults(keys);
        run(() -> {
            Files.write(target, signed, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return "Review results saved and signed: " + count + (count == 1 ? " entry" : " entries")
                    + ". Import the file in the agent's store.";
        }, text -> message.set(text), "saving review results");
    }

    /** Wipes the opened keys and goes back. */
    public void leave() {
        close();
        back.run();
    }

    private void close() {
        if (keys != null) {
            keys.destroy();
            keys = null;
        }
        review = null;
    }

    private void showSelected() {
        EntryRow row = selected.get();
        selectedPoints.setAll(row == null ? List.of() : row.points());
        selectedVerdict.set(row == null || review == null ? "" : review.verdict(row.interactionId()).map(ReviewViewModel::describe)
                .orElse("Not marked yet."));
    }

    private static String describe(ReviewResult result) {
        return (result.verdict() == Verdict.COACHING ? "Flagged for coaching" : "Reviewed")
                + (result.comment() == null ? "." : ": " + result.comment());
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done, String during) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof java.io.IOException
                    ? "The file could not be read or written. Check the location and try again."
                    : UserMessages.sentenceFor(failure, LOG, during));
        });
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    static String normalised(String fingerprint) {
        return fingerprint == null ? "" : fingerprint.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
    }

    public StringProperty keyFileProperty() { return keyFile; }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty packFileProperty() { return packFile; }
    public StringProperty storeFingerprintProperty() { return storeFingerprint; }
    public StringProperty commentProperty() { return comment; }
    public StringProperty resultsFileProperty() { return resultsFile; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty packSummaryProperty() { return packSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty selectedVerdictProperty() { return selectedVerdict.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty openedProperty() { return opened; }
    public ObservableList<EntryRow> entries() { return entries; }
    public ObjectProperty<EntryRow> selectedProperty() { return selected; }
    public ObservableList<String> selectedPoints() { return selectedPoints; }
}
