package org.custodian.app.intake;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.custodian.app.common.Views;
import org.custodian.core.gdpr.Field;

/**
 * Builds the input for one question: the question as the label, the field and whether it is required under
 * it, the box (or Yes/No choice), and core's message as typed, both as a ControlsFX decoration and in words.
 */
final class QuestionNodes {

    private QuestionNodes() {
    }

    /** The node for the question and the control that should take focus for it. */
    record Built(Node node, Control focus) {
    }

    static Built build(AnswerInput input, ValidationSupport validation) {
        String id = "answer-" + input.questionId();
        Label ask = new Label(input.ask());
        ask.setId(id + "-ask");
        ask.setWrapText(true);
        ask.getStyleClass().add("question");
        Label field = new Label(input.fieldLabel());
        field.setId(id + "-field");
        field.getStyleClass().add(input.mandatory() ? "field-required" : "text-muted");
        Label message = new Label();
        message.setId(id + "-message");
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        Views.showText(message, input.messageProperty());
        Control control = input.kind() == Field.Kind.YES_NO ? null : textInput(input, id);
        Node box;
        Control focus;
        if (control == null) {
            HBox choice = yesNo(input, id);
            box = choice;
            focus = (Control) choice.getChildren().get(0);
        } else {
            box = control;
            focus = control;
            validation.registerValidator(control, input.mandatory(), (Control c, Object value) -> ValidationResult.fromErrorIf(
                    c, input.messageProperty().get(), !input.messageProperty().get().isEmpty()));
        }
        ask.setLabelFor(focus);
        focus.setAccessibleHelp(input.fieldLabel());
        VBox node = new VBox(4, ask, field, box, message);
        node.getStyleClass().add("field");
        return new Built(node, focus);
    }

    private static Control textInput(AnswerInput input, String id) {
        TextInputControl text;
        if (input.kind() == Field.Kind.TEXT) {
            TextArea area = new TextArea();
            area.setPrefRowCount(3);
            area.setWrapText(true);
            tabLeavesTheArea(area);
            text = area;
        } else {
            text = new TextField();
        }
        text.setId(id);
        text.setPromptText(input.prompt());
        text.setAccessibleText(input.ask());
        text.textProperty().bindBidirectional(input.valueProperty());
        return text;
    }

    /**
     * Tab in a text area would type a tab; on a call the agent wants to move on, so Tab and Shift+Tab move
     * focus (the area's own Ctrl+Tab behaviour), and Enter still starts a new line rather than going Next.
     */
    private static void tabLeavesTheArea(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
    }

    private static HBox yesNo(AnswerInput input, String id) {
        ToggleGroup group = new ToggleGroup();
        RadioButton yes = radio("Yes", id + "-yes", input.ask() + " Yes", group);
        RadioButton no = radio("No", id + "-no", input.ask() + " No", group);
        StringProperty value = input.valueProperty();
        select(value.get(), yes, no);
        group.selectedToggleProperty().addListener((obs, old, now) -> value.set(now == yes ? "yes" : now == no ? "no" : ""));
        value.addListener((obs, old, now) -> select(now, yes, no));
        HBox box = new HBox(18, yes, no);
        box.setId(id);
        return box;
    }

    private static void select(String value, RadioButton yes, RadioButton no) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("yes") && !yes.isSelected()) {
            yes.setSelected(true);
        } else if (v.equals("no") && !no.isSelected()) {
            no.setSelected(true);
        }
    }

    private static RadioButton radio(String text, String id, String accessible, ToggleGroup group) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setAccessibleText(accessible);
        radio.setToggleGroup(group);
        return radio;
    }
}
