package org.custodian.app.intake;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.custodian.app.common.Views;
import org.custodian.core.gdpr.ConsentMethod;

/** The call in progress: the agent's words on top, the current step's inputs, and the wizard's buttons. */
public final class WizardView {

    private final WizardViewModel model;
    private final Window owner;
    private ValidationSupport validation;
    private Control focusTarget;
    @FXML private BorderPane wizard;
    @FXML private Label wizardScript;
    @FXML private Label wizardStepTitle;
    @FXML private Label wizardSay;
    @FXML private VBox consentPane;
    @FXML private Label consentPurpose;
    @FXML private Label consentBasis;
    @FXML private Label consentVersion;
    @FXML private ToggleGroup consentAnswer;
    @FXML private RadioButton consentGiven;
    @FXML private RadioButton consentRefused;
    @FXML private ComboBox<ConsentMethod> consentMethod;
    @FXML private Label consentRecorded;
    @FXML private VBox questions;
    @FXML private VBox readBackPane;
    @FXML private GridPane readBackLines;
    @FXML private VBox duplicatesPane;
    @FXML private Label erasedWarning;
    @FXML private CheckBox readBackConfirmed;
    @FXML private VBox savedPane;
    @FXML private Label savedReference;
    @FXML private Button startAnother;
    @FXML private VBox problemsPane;
    @FXML private VBox problemsList;
    @FXML private Label wizardMessage;
    @FXML private javafx.scene.layout.HBox wizardButtons;
    @FXML private Button wizardBack;
    @FXML private Button wizardPark;
    @FXML private Button wizardCancel;
    @FXML private Button wizardNext;
    @FXML private Button wizardSave;

    public WizardView(WizardViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        wizardScript.setText(model.scriptTitle());
        wizardStepTitle.textProperty().bind(model.stepTitleProperty());
        wizardSay.textProperty().bind(model.sayProperty());
        Views.showText(wizardMessage, model.messageProperty());
        bindConsent(model.consent());
        new ReadBackSection(model.readBack(), readBackLines, duplicatesPane, readBackConfirmed).bind();
        Views.showText(erasedWarning, model.readBack().erasedWarningProperty());
        savedReference.textProperty().bind(model.referenceProperty());
        model.problems().addListener((ListChangeListener<String>) change -> showProblems());
        model.readBack().problems().addListener((ListChangeListener<String>) change -> showProblems());
        wizardBack.disableProperty().bind(model.canGoBackProperty().not().or(model.busyProperty()));
        wizardNext.disableProperty().bind(model.canGoNextProperty().not().or(model.busyProperty()));
        wizardSave.disableProperty().bind(model.readBack().canSave().not());
        wizardPark.disableProperty().bind(model.busyProperty().or(model.readBack().busyProperty()));
        wizard.addEventFilter(KeyEvent.KEY_PRESSED, this::enterOnToggles);
        CallKeys.claim(wizard, java.util.Map.of(KeyCode.B, wizardBack, KeyCode.P, wizardPark, KeyCode.N, wizardNext,
                KeyCode.S, wizardSave, KeyCode.C, readBackConfirmed));
        // The confirmation box is disabled until core's review arrives; then it is where the agent works.
        model.readBack().reviewedProperty().addListener((obs, was, now) -> {
            if (now && readBackPane.isVisible()) {
                readBackConfirmed.requestFocus();
            }
        });
        model.positionProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
        show(model.positionProperty().get());
    }

    private void bindConsent(ConsentViewModel consent) {
        if (consent.wording() == null) {
            return;
        }
        consentPurpose.setText("Purpose: " + consent.purposeName());
        consentBasis.setText("Lawful basis: " + consent.lawfulBasis());
        consentVersion.setText(consent.wordingVersion());
        consentMethod.getItems().setAll(consent.methods());
        consentMethod.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsentMethod method) {
                return method == null ? "" : method.label();
            }

            @Override
            public ConsentMethod fromString(String text) {
                return null;
            }
        });
        consentMethod.valueProperty().bindBidirectional(consent.methodProperty());
        Boolean earlier = consent.givenProperty().get();
        if (earlier != null) {
            consentAnswer.selectToggle(earlier ? consentGiven : consentRefused);
        }
        consentAnswer.selectedToggleProperty().addListener((obs, old, now) ->
                consent.givenProperty().set(now == null ? null : now == consentGiven));
        Views.showText(consentRecorded, consent.recordedProperty());
    }

    private void show(IntakeSession.Position position) {
        IntakeSession.Position.Kind kind = position.kind();
        visible(consentPane, kind == IntakeSession.Position.Kind.CONSENT);
        visible(questions, kind == IntakeSession.Position.Kind.STEP);
        visible(readBackPane, kind == IntakeSession.Position.Kind.READ_BACK);
        visible(savedPane, kind == IntakeSession.Position.Kind.SAVED);
        boolean working = kind != IntakeSession.Position.Kind.SAVED;
        visible(wizardButtons, working);
        visible(wizardBack, working);
        visible(wizardPark, working);
        visible(wizardCancel, working);
        visible(wizardNext, kind == IntakeSession.Position.Kind.CONSENT || kind == IntakeSession.Position.Kind.STEP);
        visible(wizardSave, kind == IntakeSession.Position.Kind.READ_BACK);
        // Exactly one default button at a time, so Enter always means the step's forward action.
        wizardNext.setDefaultButton(wizardNext.isVisible());
        wizardSave.setDefaultButton(wizardSave.isVisible());
        startAnother.setDefaultButton(!working);
        Control focus = switch (kind) {
            case CONSENT -> consentAnswer.getSelectedToggle() == null ? consentGiven : (Control) consentAnswer.getSelectedToggle();
            case STEP -> buildQuestions();
            case READ_BACK -> readBackConfirmed;
            case SAVED -> startAnother;
        };
        showProblems();
        focusTarget = focus;
        Platform.runLater(this::focusCurrent);
    }

    /**
     * Puts focus on where the agent works on this step. Without it focus falls to the header's Lock button when
     * the script list leaves the scene, and the agent's first typed space would lock the screen.
     */
    void focusCurrent() {
        Control target = focusTarget;
        if (target == null) {
            return;
        }
        if (target.getScene() != null) {
            target.requestFocus();
            return;
        }
        // Inside the scroll pane a new input joins the scene only once the pane's skin is built (next pulse).
        target.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    target.sceneProperty().removeListener(this);
                    if (focusTarget == target) {
                        Platform.runLater(target::requestFocus);
                    }
                }
            }
        });
    }

    private Control buildQuestions() {
        validation = new ValidationSupport();
        questions.getChildren().clear();
        Control first = null;
        for (AnswerInput input : model.inputs()) {
            QuestionNodes.Built built = QuestionNodes.build(input, validation);
            questions.getChildren().add(built.node());
            if (first == null) {
                first = built.focus();
            }
        }
        return first == null ? wizardNext : first;
    }

    private void showProblems() {
        var source = model.positionProperty().get() != null
                && model.positionProperty().get().kind() == IntakeSession.Position.Kind.READ_BACK
                ? model.readBack().problems() : model.problems();
        problemsList.getChildren().setAll(source.stream().map(text -> {
            Label line = new Label("• " + text);
            line.setWrapText(true);
            line.getStyleClass().add("problem-line");
            return (Node) line;
        }).toList());
        for (int i = 0; i < problemsList.getChildren().size(); i++) {
            problemsList.getChildren().get(i).setId("problem-" + i);
        }
        visible(problemsPane, !source.isEmpty());
    }

    private static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /**
     * Enter on a Yes/No choice or the read-back box means "go on", as it does in a text field: JavaFX's toggle
     * controls would otherwise swallow it. Text areas keep Enter for new lines.
     */
    private void enterOnToggles(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isControlDown() || event.isShiftDown()
                || !(event.getTarget() instanceof javafx.scene.control.ButtonBase target)
                || target instanceof Button) {
            return;
        }
        Button forward = wizardNext.isVisible() ? wizardNext : wizardSave.isVisible() ? wizardSave : null;
        event.consume();
        if (forward != null && !forward.isDisabled()) {
            forward.fire();
        }
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void park() {
        model.park();
    }

    @FXML
    private void startAnother() {
        model.startAnother();
    }

    @FXML
    private void cancel() {
        if (model.finished()) {
            model.startAnother();
            return;
        }
        ButtonType end = new ButtonType("Cancel the call", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep going", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Cancel this call? Nothing will be saved.", keep, end);
        confirm.initOwner(owner);
        confirm.setTitle("Cancel call");
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmCancel");
        Button yes = (Button) confirm.getDialogPane().lookupButton(end);
        yes.setId("confirmCancelYes");
        yes.setAccessibleText("Cancel the call; nothing is saved");
        Button no = (Button) confirm.getDialogPane().lookupButton(keep);
        no.setId("confirmCancelNo");
        no.setAccessibleText("Keep going with the call");
        // Enter keeps the call and Esc closes the question: ending a call must be a deliberate choice.
        yes.setDefaultButton(false);
        no.setDefaultButton(true);
        confirm.showAndWait().filter(end::equals).ifPresent(ok -> model.cancel());
    }
}
