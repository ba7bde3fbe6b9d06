package org.custodian.app.home;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.custodian.app.common.Mnemonics;

public final class HomeView {

    private final HomeViewModel model;
    private final Function<Page, Parent> pages;
    private final ToggleGroup navigationGroup = new ToggleGroup();
    @FXML private VBox navigation;
    @FXML private StackPane pageHost;
    @FXML private Label signedInAs;
    @FXML private Label signedInRole;

    public HomeView(HomeViewModel model, Function<Page, Parent> pages) {
        this.model = model;
        this.pages = pages;
    }

    @FXML
    private void initialize() {
        signedInAs.setText(model.signedIn());
        signedInRole.setText(model.role());
        for (Page page : model.pages()) {
            ToggleButton button = new ToggleButton(page.label());
            button.setId(page.id());
            button.setMnemonicParsing(true);
            button.setAccessibleText(page.plainLabel());
            button.setToggleGroup(navigationGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-item");
            button.setOnAction(event -> model.open(page));
            navigation.getChildren().add(button);
        }
        model.currentProperty().addListener((obs, old, now) -> showPage(now));
        showPage(model.currentProperty().get());
        // Start keyboard users in the navigation rather than on the Lock button, the first control in the header.
        Platform.runLater(() -> {
            if (navigationGroup.getSelectedToggle() instanceof ToggleButton selected) {
                selected.requestFocus();
            }
        });
    }

    private void showPage(Page page) {
        navigationGroup.getToggles().stream()
                .filter(toggle -> page.id().equals(((ToggleButton) toggle).getId()))
                .findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
        pageHost.getChildren().setAll(pages.apply(page));
        Mnemonics.forgetDetached(pageHost.getScene());
    }

    @FXML
    private void lock() {
        model.lock();
    }

    @FXML
    private void logOut() {
        model.logOut();
    }
}
