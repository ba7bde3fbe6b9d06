package org.custodian.app.about;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

public final class AboutView {

    private final AboutViewModel model;
    @FXML private GridPane aboutVersions;

    public AboutView(AboutViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        int row = 0;
        for (AboutViewModel.Line line : model.lines()) {
            String id = "about" + line.name().replaceAll("[^A-Za-z]", "");
            Label name = new Label(line.name());
            name.setId(id + "Label");
            name.getStyleClass().add("about-name");
            // Read-only fields rather than labels so the values can be selected and copied into a support note.
            TextField value = new TextField(line.value());
            value.setId(id);
            value.setEditable(false);
            value.setAccessibleText(line.name());
            value.getStyleClass().add("about-value");
            name.setLabelFor(value);
            aboutVersions.addRow(row++, name, value);
        }
    }
}
