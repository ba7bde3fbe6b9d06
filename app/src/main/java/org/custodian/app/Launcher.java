package org.custodian.app;

import javafx.application.Application;
import org.custodian.app.logging.LogbackConfigurator;

/**
 * Starts the app from the class path. The JavaFX launcher refuses a main class that itself extends
 * Application unless JavaFX is on the module path, hence this plain class.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Logging goes to the data directory before the toolkit starts, so its start-up warnings land there too. */
    public static void main(String[] args) {
        LogbackConfigurator.logToFile(AppContext.defaultDataDirectory().toAbsolutePath().resolve("logs"));
        Application.launch(CustodianApplication.class, args);
    }
}
