package org.custodian.app;

import org.custodian.app.register.RegisterView;
import org.custodian.app.register.RegisterViewModel;

import java.time.Clock;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.custodian.app.about.AboutView;
import org.custodian.app.about.AboutViewModel;
import org.custodian.app.audit.AuditView;
import org.custodian.app.audit.AuditPacksViewModel;
import org.custodian.app.audit.AuditViewModel;
import org.custodian.app.breach.BreachView;
import org.custodian.app.breach.BreachViewModel;
import org.custodian.app.common.Fxml;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.handover.HandoversView;
import org.custodian.app.handover.HandoversViewModel;
import org.custodian.app.home.Page;
import org.custodian.app.intake.IntakeView;
import org.custodian.app.intake.IntakeViewModel;
import org.custodian.app.password.ChangePasswordView;
import org.custodian.app.rights.RightsView;
import org.custodian.app.rights.RightsViewModel;
import org.custodian.app.practice.PracticeDataView;
import org.custodian.app.practice.PracticeDataViewModel;
import org.custodian.app.password.ChangePasswordViewModel;
import org.custodian.app.scripts.ScriptsView;
import org.custodian.app.search.SearchView;
import org.custodian.app.search.SearchViewModel;
import org.custodian.app.scripts.ScriptsViewModel;
import org.custodian.app.users.UsersView;
import org.custodian.app.users.UsersViewModel;
import org.custodian.core.workspace.Workspace;

/** Builds each page of the home shell with its view model, fresh each time it is opened. */
final class Pages {

    private final TaskRunner tasks;
    private final Window owner;
    private final Runnable onIdleLockChanged;
    private final Clock clock;
    private IntakeViewModel intakeShowing;
    private Workspace intakeWorkspace;

    Pages(TaskRunner tasks, Window owner, Clock clock, Runnable onIdleLockChanged) {
        this.tasks = tasks;
        this.owner = owner;
        this.clock = clock;
        this.onIdleLockChanged = onIdleLockChanged;
    }

    Parent create(Page page, Workspace workspace) {
        if (intakeShowing != null && intakeWorkspace == workspace) {
            // another page replaces the intake page: a call in progress is parked, not dropped
            intakeShowing.leave();
        }
        intakeShowing = null;
        return switch (page) {
            case INTAKE -> {
                IntakeViewModel model = new IntakeViewModel(workspace, tasks, clock);
                intakeShowing = model;
                intakeWorkspace = workspace;
                Parent view = Fxml.load(new IntakeView(model, owner));
                model.refresh();
                yield view;
            }
            case SEARCH -> {
                SearchViewModel model = new SearchViewModel(workspace, tasks);
                Parent view = Fxml.load(new SearchView(model, owner));
                model.refresh();
                yield view;
            }
            case HANDOVERS -> {
                HandoversViewModel model = new HandoversViewModel(workspace, tasks);
                Parent view = Fxml.load(new HandoversView(model));
                model.refresh();
                yield view;
            }
            case RIGHTS -> {
                RightsViewModel model = new RightsViewModel(workspace, tasks);
                Parent view = Fxml.load(new RightsView(model, owner));
                model.refresh();
                yield view;
            }
            case BREACHES -> {
                BreachViewModel model = new BreachViewModel(workspace, tasks);
                Parent view = Fxml.load(new BreachView(model));
                model.refresh();
                yield view;
            }
            case AUDIT -> Fxml.load(new AuditView(new AuditViewModel(workspace, tasks),
                    new AuditPacksViewModel(workspace, tasks, clock.getZone(), java.time.LocalDate.now(clock)), owner));
            case USERS -> {
                UsersViewModel model = new UsersViewModel(workspace, tasks, onIdleLockChanged);
                Parent view = Fxml.load(new UsersView(model, owner));
                model.refresh();
                yield view;
            }
            case SCRIPTS -> {
                ScriptsViewModel model = new ScriptsViewModel(workspace, tasks);
                Parent view = Fxml.load(new ScriptsView(model, owner));
                model.refresh();
                yield view;
            }
            case REGISTER -> {
                RegisterViewModel model = new RegisterViewModel(workspace, tasks);
                Parent view = Fxml.load(new RegisterView(model));
                model.search();
                yield view;
            }
            case IMPORT -> {
                org.custodian.app.imports.ImportViewModel model = new org.custodian.app.imports.ImportViewModel(workspace, tasks);
                Parent view = Fxml.load(new org.custodian.app.imports.ImportView(model, owner));
                model.refresh();
                yield view;
            }
            case RETENTION -> {
                org.custodian.app.retention.RetentionViewModel model =
                        new org.custodian.app.retention.RetentionViewModel(workspace, tasks);
                Parent view = Fxml.load(new org.custodian.app.retention.RetentionView(model));
                model.refresh();
                yield view;
            }
            case BACKUPS -> Fxml.load(new org.custodian.app.backup.BackupView(
                    new org.custodian.app.backup.BackupViewModel(workspace, tasks), owner));
            case PRACTICE -> Fxml.load(new PracticeDataView(new PracticeDataViewModel(workspace, tasks), owner));
            case PASSWORD -> Fxml.load(new ChangePasswordView(
                    new ChangePasswordViewModel(workspace, tasks, false, () -> { }), null));
            case ABOUT -> Fxml.load(new AboutView(new AboutViewModel(workspace.dataDirectory())));
        };
    }
}
