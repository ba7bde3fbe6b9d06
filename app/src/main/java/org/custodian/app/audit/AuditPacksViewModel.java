package org.custodian.app.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.custodian.core.audit.CheckpointVerdict;
import org.custodian.core.audit.SignedCheckpoint;
import org.custodian.core.audit.keys.RegisteredKey;
import org.custodian.core.audit.keys.TeamLeadKeyFile;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.keys.TeamLeadPublicKey;
import org.custodian.core.audit.pack.PackRequest;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Audit page's team-lead keys, signed checkpoints, audit packs out and review results in. Files are named by
 * path (typed or chosen); core registers, signs, exports, verifies and imports.
 */
public final class AuditPacksViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AuditPacksViewModel.class);
    private static final long MAX_SMALL_FILE = 4L * 1024 * 1024;

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper storeFingerprint = new ReadOnlyStringWrapper(this, "storeFingerprint", "");
    private final ObservableList<RegisteredKey> keys = FXCollections.observableArrayList();
    private final ObjectProperty<RegisteredKey> recipient = new SimpleObjectProperty<>(this, "recipient");
    private final StringProperty publicKeyFile = new SimpleStringProperty(this, "publicKeyFile", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty packFile = new SimpleStringProperty(this, "packFile", "");
    private final StringProperty resultsFile = new SimpleStringProperty(this, "resultsFile", "");
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile", "");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty checkpointFile = new SimpleStringProperty(this, "checkpointFile", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "none");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    public AuditPacksViewModel(Workspace workspace, TaskRunner tasks, ZoneId zone, LocalDate today) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.zone = zone;
        from.set(today.minusDays(7));
        to.set(today);
    }

    /** Loads the store's fingerprint (creating its key on first use) and the registered keys. */
    public void load() {
        start(() -> {
            String fingerprint = workspace.auditKeys().storeFingerprint(workspace.session());
            List<RegisteredKey> registered = workspace.auditKeys().registered(workspace.session());
            tasks.onUi(() -> {
                storeFingerprint.set(fingerprint);
                showKeys(registered);
            });
            return null;
        }, "loading the audit keys");
    }

    public void registerKey() {
        Path source = path(publicKeyFile.get(), "Public key file: choose the .pub file the team lead made.");
        if (source == null) {
            return;
        }
        start(() -> {
            TeamLeadPublicKey key;
            try {
                key = TeamLeadPublicKey.parse(readSmall(source));
            } catch (IllegalArgumentException e) {
                return new Verdict(e.getMessage(), "bad");
            }
            RegisteredKey saved = workspace.auditKeys().register(workspace.session(), key);
            List<RegisteredKey> registered = workspace.auditKeys().registered(workspace.session());
            tasks.onUi(() -> showKeys(registered));
            return new Verdict("Team-lead key registered. Check its fingerprint with its owner: " + saved.fingerprint() + ".", "good");
        }, "registering a team-lead key");
    }

    public void exportPack() {
        RegisteredKey to = recipient.get();
        Path target = path(packFile.get(), "Pack file: choose where to save the audit pack.");
        if (target == null) {
            return;
        }
        if (to == null || from.get() == null || this.to.get() == null || this.to.get().isBefore(from.get())) {
            fail(to == null ? "For: choose the team lead the pack is for." : "Dates: choose a start on or before the end.");
            return;
        }
        PackRequest request = new PackRequest(from.get().atStartOfDay(zone).toInstant(),
                this.to.get().plusDays(1).atStartOfDay(zone).toInstant(), null);
        start(() -> {
            byte[] pack = workspace.auditPacks().export(workspace.session(), request, to.fingerprint());
            Files.write(target, pack, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return new Verdict("Audit pack saved, signed by this store and encrypted for " + to.fingerprint()
                    + ". The team lead opens it with this store's fingerprint: " + storeFingerprint.get() + ".", "good");
        }, "exporting an audit pack");
    }

    public void importResults() {
        Path source = path(resultsFile.get(), "Review results file: choose the file the team lead saved.");
        if (source == null) {
            return;
        }
        start(() -> {
            int count = workspace.auditPacks().importResults(workspace.session(), Files.readAllBytes(source));
            return new Verdict("Review results imported: " + count + (count == 1 ? " entry" : " entries")
                    + ", each recorded in the event log.", "good");
        }, "importing review results");
    }

    /** Signs a checkpoint of the log as it is now with the team lead's key file and saves it. */
    public void signCheckpoint() {
        Path key = path(keyFile.get(), "Key file: choose your team-lead key file.");
        Path target = key == null ? null : path(checkpointFile.get(), "Checkpoint file: choose where to save it.");
        if (target == null) {
            return;
        }
        Passphrase secret = Passphrase.copyOf(passphrase.get());
        passphrase.set("");
        start(() -> {
            SignedCheckpoint signed;
            try (TeamLeadKeys lead = open(key, secret)) {
                signed = workspace.audit().signedCheckpoint(workspace.session(), lead);
            }
            Files.writeString(target, signed.toText(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return new Verdict("Signed checkpoint saved: " + signed.checkpoint().count()
                    + " events. Keep it off this computer and check against it at the next audit.", "good");
        }, "signing a checkpoint");
    }

    /** Checks the log against a kept, signed checkpoint: signature first, then whether the log only grew. */
    public void checkSigned() {
        Path source = path(checkpointFile.get(), "Checkpoint file: choose the signed checkpoint you kept.");
        if (source == null) {
            return;
        }
        start(() -> {
            CheckpointVerdict verdict = workspace.audit().compare(workspace.session(), readSmall(source));
            return new Verdict(verdict.sentence(), verdict.trusted() ? "good" : "bad");
        }, "checking a signed checkpoint");
    }

    private static TeamLeadKeys open(Path key, Passphrase secret) {
        try {
            return TeamLeadKeyFile.open(key, secret);
        } finally {
            secret.destroy();
        }
    }

    private void showKeys(List<RegisteredKey> registered) {
        keys.setAll(registered.stream().filter(RegisteredKey::active).toList());
        if (recipient.get() == null || !keys.contains(recipient.get())) {
            recipient.set(keys.isEmpty() ? null : keys.get(0));
        }
    }

    private static String readSmall(Path source) throws java.io.IOException {
        if (Files.size(source) > MAX_SMALL_FILE) {
            throw new java.io.IOException("file too large");
        }
        return Files.readString(source, StandardCharsets.UTF_8);
    }

    private Path path(String text, String ifMissing) {
        if (text == null || text.isBlank()) {
            fail(ifMissing);
            return null;
        }
        return Path.of(text.strip());
    }

    private void fail(String sentence) {
        result.set(sentence);
        outcome.set("bad");
    }

    private void start(Callable<Verdict> work, String during) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        result.set("");
        outcome.set("none");
        tasks.run(work, verdict -> {
            busy.set(false);
            if (verdict != null) {
                result.set(verdict.sentence());
                outcome.set(verdict.tone());
            }
        }, failure -> {
            busy.set(false);
            result.set(failure instanceof java.io.IOException
                    ? "The file could not be read or written. Check the location and try again."
                    : UserMessages.sentenceFor(failure, LOG, during));
            outcome.set("bad");
        });
    }

    /** A sentence and its tone ("good" or "bad"). */
    record Verdict(String sentence, String tone) {
    }

    public ReadOnlyStringProperty storeFingerprintProperty() { return storeFingerprint.getReadOnlyProperty(); }
    public ObservableList<RegisteredKey> keys() { return keys; }
    public ObjectProperty<RegisteredKey> recipientProperty() { return recipient; }
    public StringProperty publicKeyFileProperty() { return publicKeyFile; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public StringProperty packFileProperty() { return packFile; }
    public StringProperty resultsFileProperty() { return resultsFile; }
    public StringProperty keyFileProperty() { return keyFile; }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty checkpointFileProperty() { return checkpointFile; }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
}
