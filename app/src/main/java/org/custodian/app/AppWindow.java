package org.custodian.app;

import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.custodian.app.common.Fxml;
import org.custodian.app.common.IdleMonitor;
import org.custodian.app.common.Mnemonics;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.app.home.HomeView;
import org.custodian.app.home.HomeViewModel;
import org.custodian.app.lock.LockView;
import org.custodian.app.lock.LockViewModel;
import org.custodian.app.login.LoginView;
import org.custodian.app.login.LoginViewModel;
import org.custodian.app.password.ChangePasswordView;
import org.custodian.app.password.ChangePasswordViewModel;
import org.custodian.app.review.ReviewView;
import org.custodian.app.review.ReviewViewModel;
import org.custodian.app.setup.FirstRunView;
import org.custodian.app.setup.FirstRunViewModel;
import org.custodian.core.store.DataDirectory.StoreState;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one window and the one place that decides which screen shows: first run, login, forced password change,
 * home, lock. While locked, the session's screen is taken out of the scene graph, not merely covered.
 */
public final class AppWindow {

    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);

    private final AppContext context;
    private final Stage stage;
    private final TaskRunner tasks;
    private final StackPane root = new StackPane();
    private final IdleMonitor idle;
    private final Pages pages;
    private Custodian custodian;
    private Workspace workspace;
    private Node sessionScreen;
    private boolean locked;

    public AppWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        this.tasks = context.tasks();
        root.getStyleClass().add("app-root");
        Scene scene = new Scene(root, 1120, 740);
        scene.getStylesheets().add(AppWindow.class.getResource("app.css").toExternalForm());
        this.idle = new IdleMonitor(scene, () -> lock("idle"));
        this.pages = new Pages(tasks, stage, context.clock(), this::restartIdleTimer);
        stage.setTitle("Custodian");
        stage.setMinWidth(900);
        stage.setMinHeight(620);
        stage.setScene(scene);
    }

    public void show() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try {
            custodian = context.custodian();
            showStart();
        } catch (RuntimeException e) {
            Label problem = new Label(UserMessages.sentenceFor(e, LOG, "opening the data directory"));
            problem.setId("startupProblem");
            problem.setWrapText(true);
            problem.getStyleClass().add("card");
            show(problem);
        }
        stage.show();
    }

    /** Ends any session so the store is closed and its key wiped before the app exits. */
    public void close() {
        idle.detach();
        if (workspace != null) {
            try {
                workspace.logOut();
            } catch (RuntimeException e) {
                LOG.warn("Logging out at exit failed: {}", e.getClass().getName());
                workspace.close();
            }
            workspace = null;
        }
    }

    private void showStart() {
        if (custodian.state() == StoreState.NEW) {
            FirstRunViewModel model = new FirstRunViewModel(custodian, tasks, this::enter);
            show(Fxml.load(new FirstRunView(model)));
            afterNextFrame(model::shown);
        } else {
            showLogin("");
        }
    }

    private void showLogin(String message) {
        LoginViewModel model = new LoginViewModel(custodian, tasks, message, this::enter);
        show(Fxml.load(new LoginView(model, this::showReview)));
        afterNextFrame(model::shown);
    }

    /** The offline review of an audit pack: no store is opened, and Back returns to the login screen. */
    private void showReview() {
        show(Fxml.load(new ReviewView(new ReviewViewModel(tasks, context.clock(), () -> showLogin("")), stage)));
    }

    /**
     * Runs once the window has laid out and handed its next frame to the renderer, so background start-up work
     * (the unlock warm-up loads thousands of classes) does not compete with the first paint on a 2-core machine.
     */
    private void afterNextFrame(Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void enter(Workspace opened) {
        workspace = opened;
        locked = false;
        if (opened.mustChangePassword()) {
            sessionScreen = Fxml.load(new ChangePasswordView(
                    new ChangePasswordViewModel(opened, tasks, true, this::showHome), this::logOut));
        } else {
            sessionScreen = home();
        }
        show(sessionScreen);
        restartIdleTimer();
    }

    private void showHome() {
        sessionScreen = home();
        show(sessionScreen);
    }

    private Parent home() {
        HomeViewModel model = new HomeViewModel(workspace.session(), () -> lock("manual"), this::logOut);
        Workspace current = workspace;
        return Fxml.load(new HomeView(model, page -> pages.create(page, current)));
    }

    private void lock(String reason) {
        if (workspace == null || locked) {
            return;
        }
        locked = true;
        idle.stop();
        try {
            workspace.locked(reason);
        } catch (RuntimeException e) {
            LOG.warn("Recording a screen lock failed: {}", e.getClass().getName());
        }
        // A confirmation left open would stay on top of the lock screen, showing whom it is about.
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window != stage)
                .forEach(javafx.stage.Window::hide);
        LOG.info("Screen locked ({})", reason);
        show(Fxml.load(new LockView(new LockViewModel(workspace, tasks, this::unlocked, this::sessionEnded))));
    }

    private void unlocked() {
        locked = false;
        show(sessionScreen);
        restartIdleTimer();
        LOG.info("Screen unlocked");
    }

    /**
     * Synchronous on purpose: the store must be closed before the login screen can open it again, and closing
     * takes milliseconds.
     */
    private void logOut() {
        Workspace ending = workspace;
        idle.stop();
        if (ending != null) {
            try {
                ending.logOut();
                LOG.info("Logged out");
            } catch (RuntimeException e) {
                LOG.warn("Logging out failed: {}", e.getClass().getName());
                ending.close();
            }
        }
        sessionEnded("");
    }

    private void sessionEnded(String message) {
        idle.stop();
        workspace = null;
        sessionScreen = null;
        locked = false;
        showLogin(message);
    }

    private void restartIdleTimer() {
        if (workspace == null || locked) {
            return;
        }
        Duration idleTime;
        try {
            idleTime = context.idleLockOverride().orElseGet(() -> workspace.settings().idleLock());
        } catch (RuntimeException e) {
            LOG.warn("Reading the idle-lock setting failed: {}", e.getClass().getName());
            idleTime = Duration.ofMinutes(org.custodian.core.settings.SettingsService.DEFAULT_IDLE_LOCK_MINUTES);
        }
        idle.start(idleTime);
    }

    private void show(Node screen) {
        root.getChildren().setAll(screen);
        Mnemonics.forgetDetached(root.getScene());
    }
}
