package org.custodian.app.intake;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.custodian.app.common.Fxml;
import org.custodian.app.common.Mnemonics;
import org.custodian.app.common.Views;

/** The Intake page: the choosing lists, or the call in progress in their place. */
public final class IntakeView {

    private final IntakeViewModel model;
    private final Window owner;
    @FXML private StackPane intakePage;
    @FXML private ScrollPane pickPane;
    @FXML private ListView<IntakeViewModel.ScriptChoice> scriptList;
    @FXML private ListView<IntakeViewModel.ParkedCall> parkedList;
    @FXML private Label intakeNote;
    @FXML private Label intakeMessage;
    @FXML private Button startCall;
    @FXML private Button resumeCall;
    @FXML private Button discardCall;

    public IntakeView(IntakeViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        Views.showText(intakeNote, model.noteProperty());
        Views.showText(intakeMessage, model.messageProperty());
        scriptList.setItems(model.scripts());
        parkedList.setItems(model.parked());
        parkedList.setPlaceholder(new Label("No parked calls. A parked call is kept in the encrypted store for 24 hours."));
        scriptList.setPlaceholder(new Label("No scripts are in use. A team lead can import one on the Scripts page."));
        scriptList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.chosenScriptProperty().set(now));
        model.chosenScriptProperty().addListener((obs, old, now) -> {
            if (now != scriptList.getSelectionModel().getSelectedItem()) {
                scriptList.getSelectionModel().select(now);
            }
        });
        parkedList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.chosenParkedProperty().set(now));
        startCall.disableProperty().bind(model.chosenScriptProperty().isNull().or(model.busyProperty()));
        var noParked = model.chosenParkedProperty().isNull().or(model.busyProperty());
        resumeCall.disableProperty().bind(noParked);
        discardCall.disableProperty().bind(noParked);
        model.wizardProperty().addListener((obs, old, now) -> showWizard(now));
        // A list keeps Enter to itself; on these lists Enter means "this one": start the script, resume the call.
        enterActs(scriptList, model::start);
        enterActs(parkedList, model::resume);
    }

    private static void enterActs(ListView<?> list, Runnable action) {
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && !event.isAltDown() && !event.isControlDown()) {
                event.consume();
                action.run();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                action.run();
            }
        });
    }

    private void showWizard(WizardViewModel wizard) {
        if (wizard == null) {
            intakePage.getChildren().setAll(pickPane);
            Mnemonics.forgetDetached(intakePage.getScene());
            scriptList.requestFocus();
        } else {
            WizardView view = new WizardView(wizard, owner);
            intakePage.getChildren().setAll(Fxml.load(view));
            Mnemonics.forgetDetached(intakePage.getScene());
            view.focusCurrent();
        }
    }

    @FXML
    private void start() {
        model.start();
    }

    @FXML
    private void resume() {
        model.resume();
    }

    @FXML
    private void discard() {
        IntakeViewModel.ParkedCall call = model.chosenParkedProperty().get();
        if (call == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Discard this parked call? What was typed so far is deleted.", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setTitle("Discard parked call");
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmDiscard");
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirmDiscardOk");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setAccessibleText("Discard the parked call");
        confirm.getDialogPane().lookupButton(ButtonType.CANCEL).setId("confirmDiscardCancel");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setAccessibleText("Keep the parked call");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.discard());
    }
}
