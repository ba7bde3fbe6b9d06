package org.custodian.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.custodian.core.errors.InvalidDataDirectoryException;
import org.custodian.core.errors.StorageFailures;

/**
 * Where one store lives: the encrypted database, the key ring, login-attempt state and the log files.
 *
 * <p>The path becomes part of an H2 JDBC URL, so characters that would let it carry URL settings are refused.
 */
public final class DataDirectory {

    static final String DATABASE_NAME = "custodian";
    static final String SETUP_DATABASE_NAME = "custodian-setup";

    private final Path root;
    private final StorageFailures.Probe probe;

    private DataDirectory(Path root, StorageFailures.Probe probe) {
        this.root = root;
        this.probe = probe;
    }

    public static DataDirectory at(Path root) {
        return at(root, StorageFailures.SYSTEM);
    }

    public static DataDirectory at(Path root, StorageFailures.Probe probe) {
        Path absolute = root.toAbsolutePath().normalize();
        String text = absolute.toString();
        if (text.indexOf(';') >= 0) {
            throw new InvalidDataDirectoryException("its path contains ';', which is not allowed.");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new InvalidDataDirectoryException("its path contains a control character.");
            }
        }
        return new DataDirectory(absolute, probe);
    }

    /**
     * The data directory for this person: {@code CUSTODIAN_HOME} when set, otherwise the platform's per-user
     * application-data folder.
     */
    public static Path defaultLocation(Map<String, String> environment, String osName, Path userHome) {
        String override = environment.get("CUSTODIAN_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("LOCALAPPDATA");
            return appData != null ? Path.of(appData, "Custodian") : userHome.resolve("AppData/Local/Custodian");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Custodian");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve("custodian");
    }

    public Path root() {
        return root;
    }

    public StorageFailures.Probe probe() {
        return probe;
    }

    public Path keyRingFile() {
        return root.resolve("keyring.bin");
    }

    public Path loginAttemptsFile() {
        return root.resolve("login-attempts.txt");
    }

    /** The last committed event-log head, to catch a database that was truncated or rolled back. */
    public Path eventHeadFile() {
        return root.resolve("event-head.txt");
    }

    public Path logDirectory() {
        return root.resolve("logs");
    }

    Path databaseBase() {
        return root.resolve(DATABASE_NAME);
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    Path setupDatabaseBase() {
        return root.resolve(SETUP_DATABASE_NAME);
    }

    Path setupDatabaseFile() {
        return root.resolve(SETUP_DATABASE_NAME + ".mv.db");
    }

    /** A set-up database without its final name: a first run stopped after writing its key ring. */
    public boolean hasInterruptedSetup() {
        return Files.exists(setupDatabaseFile());
    }

    /** What is on disk now, which decides between the first-run screen, the login screen and an error. */
    public StoreState state() {
        boolean ring = Files.exists(keyRingFile());
        boolean db = Files.exists(databaseFile());
        if (ring && db) {
            return StoreState.READY;
        }
        if (!ring && !db) {
            return StoreState.NEW;
        }
        return ring ? StoreState.DATABASE_MISSING : StoreState.KEY_RING_MISSING;
    }

    public void createIfMissing() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw StorageFailures.classify(e, root.getParent() == null ? root : root.getParent(), probe);
        }
    }

    public enum StoreState {
        /** Nothing here yet: first-run set-up. */
        NEW,
        /** Key ring and database both present: log in. */
        READY,
        /** A key ring without its database: never set up a new store over it. */
        DATABASE_MISSING,
        /** A database without its key ring: it cannot be opened, and must not be replaced. */
        KEY_RING_MISSING
    }
}
