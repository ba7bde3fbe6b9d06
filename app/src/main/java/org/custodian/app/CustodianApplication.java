package org.custodian.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.custodian.app.common.FxTaskRunner;
import org.custodian.app.common.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app: logging into the data directory, then the window. */
public final class CustodianApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CustodianApplication.class);

    private FxTaskRunner tasks;
    private AppWindow window;

    @Override
    public void start(Stage stage) {
        Path dataDirectory = AppContext.defaultDataDirectory();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LOG.error("Uncaught {} on {}", UserMessages.describe(failure), thread.getName()));
        LOG.info("Custodian starting");
        tasks = new FxTaskRunner();
        window = new AppWindow(new AppContext(dataDirectory, tasks, null, Clock.systemDefaultZone()), stage);
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        LOG.info("Custodian stopped");
    }
}
