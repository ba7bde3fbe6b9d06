package org.custodian.app.intake;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.custodian.core.intake.IntakeReview;

/** Fills the read-back card from its view model: the lines to read, and the link-or-create choice. */
final class ReadBackSection {

    private final ReadBackViewModel model;
    private final GridPane lines;
    private final VBox duplicates;
    private final CheckBox confirmed;
    private final ToggleGroup choice = new ToggleGroup();

    ReadBackSection(ReadBackViewModel model, GridPane lines, VBox duplicates, CheckBox confirmed) {
        this.model = model;
        this.lines = lines;
        this.duplicates = duplicates;
        this.confirmed = confirmed;
    }

    void bind() {
        confirmed.selectedProperty().bindBidirectional(model.confirmedProperty());
        confirmed.disableProperty().bind(model.reviewedProperty().not());
        model.lines().addListener((ListChangeListener<IntakeReview.Line>) change -> showLines());
        model.duplicates().addListener((ListChangeListener<IntakeReview.DuplicateCandidate>) change -> showDuplicates());
        choice.selectedToggleProperty().addListener((obs, old, now) ->
                model.linkToProperty().set(now == null ? null : (IntakeReview.DuplicateCandidate) now.getUserData()));
        showLines();
        showDuplicates();
    }

    private void showLines() {
        lines.getChildren().clear();
        int row = 0;
        for (IntakeReview.Line line : model.lines()) {
            Label label = new Label(line.label());
            label.getStyleClass().add("text-muted");
            Label value = new Label(line.value());
            value.setId("readBack-" + line.field().name());
            value.setWrapText(true);
            value.getStyleClass().add("read-back-value");
            lines.addRow(row++, label, value);
        }
    }

    private void showDuplicates() {
        duplicates.getChildren().clear();
        choice.getToggles().clear();
        if (model.duplicates().isEmpty()) {
            return;
        }
        Label heading = new Label("This caller may already be a customer. Ask them to confirm before linking.");
        heading.setId("duplicatesHeading");
        heading.setWrapText(true);
        heading.getStyleClass().add("signed-in");
        duplicates.getChildren().add(heading);
        int i = 0;
        for (IntakeReview.DuplicateCandidate candidate : model.duplicates()) {
            String text = "Link to this customer: " + java.util.stream.Stream.of(candidate.reference(), candidate.name(),
                    candidate.outwardPostcode(), candidate.maskedPhone(), candidate.reason())
                    .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(" · "));
            duplicates.getChildren().add(radio("linkCandidate" + i++, text, candidate));
        }
        RadioButton create = radio("createNewCustomer", "Create a new customer", null);
        duplicates.getChildren().add(create);
        create.setSelected(true);
    }

    private RadioButton radio(String id, String text, IntakeReview.DuplicateCandidate candidate) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setAccessibleText(text);
        radio.setWrapText(true);
        radio.setUserData(candidate);
        radio.setToggleGroup(choice);
        return radio;
    }
}
