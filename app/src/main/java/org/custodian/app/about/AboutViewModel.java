package org.custodian.app.about;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What this installation is: versions, and where its data lives (useful to whoever backs it up). */
public final class AboutViewModel {

    private static final String UNKNOWN = "unknown";

    private final Path dataDirectory;
    private final Map<String, String> libraries;
    private final String appVersion;

    public AboutViewModel(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        ClassLoader loader = AboutViewModel.class.getClassLoader();
        this.libraries = LibraryVersions.read(loader);
        this.appVersion = LibraryVersions.appVersion(loader);
    }

    public record Line(String name, String value) {
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Custodian", orUnknown(appVersion)));
        lines.add(new Line("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"));
        lines.add(new Line("JavaFX", orUnknown(System.getProperty("javafx.runtime.version"))));
        for (String library : List.of("H2", "jOOQ", "Bouncy Castle")) {
            lines.add(new Line(library, orUnknown(libraries.get(library))));
        }
        lines.add(new Line("Data directory", dataDirectory.toString()));
        return lines;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
