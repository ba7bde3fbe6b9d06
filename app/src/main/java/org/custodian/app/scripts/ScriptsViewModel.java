package org.custodian.app.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scripts page for team leads: the active scripts, exporting one to a file, importing a file as the next
 * version, and retiring a script. Core checks the role and the script's rules and has the last word.
 */
public final class ScriptsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptsViewModel.class);
    static final String UNREADABLE = "That file could not be read; check that it exists and you may open it, then try again.";
    static final String UNWRITABLE = "The script could not be written there; choose another folder and try again.";

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ObservableList<ScriptRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ScriptRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper(this, "success", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public ScriptsViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    public void refresh() {
        run(() -> workspace.scripts().scripts().stream().map(s -> ScriptRow.of(s, workspace.scripts().purposeOf(s))).toList(),
                loaded -> {
                    String keep = selected.get() == null ? null : selected.get().id();
                    rows.setAll(loaded);
                    selected.set(rows.stream().filter(r -> Objects.equals(r.id(), keep)).findFirst().orElse(null));
                }, "listing scripts", false);
    }

    /** Writes the chosen script as a file the lead can edit and import again. */
    public void exportTo(Path file) {
        ScriptRow row = selected.get();
        if (row == null) {
            return;
        }
        run(() -> {
            String text = workspace.scripts().export(row.script());
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.warn("Writing a script export failed: {}", e.getClass().getName());
                throw new FileProblem(UNWRITABLE);
            }
            return null;
        }, done -> success.set("Exported " + row.title() + " (version " + row.version() + ") to " + file.getFileName() + "."),
                "exporting a script", true);
    }

    /** Imports a script file as the next version of its id; a refused file's problems are listed in words. */
    public void importFrom(Path file) {
        run(() -> {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.warn("Reading a script file failed: {}", e.getClass().getName());
                throw new FileProblem(UNREADABLE);
            }
            return workspace.scripts().importScript(workspace.session(), json);
        }, (Script imported) -> {
            success.set("Imported " + imported.title() + " as version " + imported.version()
                    + ". New calls use it from now on; calls already saved keep the version they were taken with.");
            refresh();
        }, "importing a script", true);
    }

    /** The chosen script as its document, to edit in the app; empty when nothing is chosen. */
    public String editableText() {
        ScriptRow row = selected.get();
        return row == null ? "" : workspace.scripts().export(row.script());
    }

    /** Core's verdict on edited text, as sentences naming each problem; empty when it can be saved. */
    public List<String> problemsWith(String json) {
        return workspace.scripts().check(json).stream().map(Violation::message).toList();
    }

    /** Saves edited text as the next version of its script (core checks it again, and the role). */
    public void saveEdited(String json) {
        run(() -> workspace.scripts().importScript(workspace.session(), json), (Script saved) -> {
            success.set("Saved " + saved.title() + " as version " + saved.version()
                    + ". New calls use it from now on; calls already saved keep the version they were taken with.");
            refresh();
        }, "saving an edited script", true);
    }

    /** Takes the chosen script out of use; records made with it keep naming it. */
    public void retireSelected() {
        ScriptRow row = selected.get();
        if (row == null) {
            return;
        }
        run(() -> {
            workspace.scripts().retire(workspace.session(), row.id());
            return null;
        }, done -> {
            success.set(row.title() + " is retired: it is no longer offered for new calls.");
            refresh();
        }, "retiring a script", true);
    }

    /** A file could not be read or written; its sentence is already plain. */
    private static final class FileProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileProblem(String sentence) {
            super(sentence, null, false, false);
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> then, String during, boolean clearFirst) {
        if (clearFirst) {
            message.set("");
            success.set("");
        }
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            success.set("");
            if (failure instanceof FileProblem problem) {
                message.set(problem.getMessage());
            } else {
                message.set(UserMessages.sentenceFor(failure, LOG, during));
            }
        });
    }

    public ObservableList<ScriptRow> rows() {
        return rows;
    }

    public ObjectProperty<ScriptRow> selectedProperty() {
        return selected;
    }

    /** A file name to offer when exporting: the script's id and version. */
    public String suggestedFileName() {
        ScriptRow row = selected.get();
        return row == null ? "script.json" : row.id() + "-v" + row.version() + ".json";
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
