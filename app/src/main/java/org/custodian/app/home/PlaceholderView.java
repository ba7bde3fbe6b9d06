package org.custodian.app.home;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** An honest empty page for a feature that a later release brings; it offers nothing it cannot do. */
public final class PlaceholderView {

    private final String idPrefix;
    private final String title;
    private final String explanation;
    @FXML private Label placeholderTitle;
    @FXML private Label placeholderText;

    public PlaceholderView(String idPrefix, String title, String explanation) {
        this.idPrefix = idPrefix;
        this.title = title;
        this.explanation = explanation;
    }

    @FXML
    private void initialize() {
        placeholderTitle.setText(title);
        placeholderTitle.setId(idPrefix + "Title");
        placeholderText.setText(explanation);
        placeholderText.setId(idPrefix + "Placeholder");
    }
}
