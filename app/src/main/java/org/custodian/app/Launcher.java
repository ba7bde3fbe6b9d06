package org.custodian.app;

import javafx.application.Application;

/**
 * Starts the app from the class path. The JavaFX launcher refuses a main class that itself extends
 * Application unless JavaFX is on the module path, hence this plain class.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(CustodianApplication.class, args);
    }
}
