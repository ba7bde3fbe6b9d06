package org.custodian.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.custodian.app.AppContext;
import org.custodian.app.AppWindow;
import org.custodian.app.common.FxTaskRunner;
import org.custodian.app.logging.LogbackConfigurator;

/** The real window on a fresh data directory, wired as the app wires it, with test-sized timings. */
public final class AppUnderTest {

    private final Path dataDirectory;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private AppWindow window;

    public AppUnderTest() {
        try {
            dataDirectory = Files.createTempDirectory("custodian-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public void start(Stage stage, Duration idleLock) {
        LogbackConfigurator.logToFile(logFile().getParent());
        window = new AppWindow(new AppContext(dataDirectory, tasks, idleLock, Clock.systemDefaultZone()), stage);
        window.show();
    }

    /** The app's log file for this run, as the real app writes it. */
    public Path logFile() {
        return dataDirectory.resolve("logs").resolve(LogbackConfigurator.FILE_NAME);
    }

    public void stop() {
        if (window != null) {
            javafx.application.Platform.runLater(window::close);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        tasks.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
