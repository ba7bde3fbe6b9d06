package org.custodian.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.custodian.app.common.TaskRunner;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;

/**
 * The composition root's inputs: which data directory, how background work runs, and (for tests only) a fixed
 * idle-lock time instead of the store's setting.
 */
public final class AppContext {

    private final Path dataDirectory;
    private final TaskRunner tasks;
    private final Duration idleLockOverride;
    private final Clock clock;

    public AppContext(Path dataDirectory, TaskRunner tasks, Duration idleLockOverride, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.tasks = tasks;
        this.idleLockOverride = idleLockOverride;
        this.clock = clock;
    }

    /** {@code CUSTODIAN_HOME} when set, otherwise the platform's per-user data folder. */
    public static Path defaultDataDirectory() {
        return DataDirectory.defaultLocation(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /** Opens nothing yet: a store is opened only by set-up or login. Throws a typed error for an unusable path. */
    Custodian custodian() {
        return new Custodian(DataDirectory.at(dataDirectory), clock);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    Clock clock() {
        return clock;
    }

    TaskRunner tasks() {
        return tasks;
    }

    Optional<Duration> idleLockOverride() {
        return Optional.ofNullable(idleLockOverride);
    }
}
