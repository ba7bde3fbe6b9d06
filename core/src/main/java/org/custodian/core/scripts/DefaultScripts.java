package org.custodian.core.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.custodian.core.gdpr.Purpose;

/** The purposes and scripts a new store starts with; team leads edit them from there. */
public final class DefaultScripts {

    static final List<String> SCRIPT_FILES = List.of("new-customer.json", "change-of-details.json",
            "general-enquiry.json", "complaint.json", "marketing-preferences.json", "subject-access-request.json");

    private DefaultScripts() {
    }

    public static List<Purpose> purposes() {
        return ScriptDocuments.readPurposes(resource("purposes.json"));
    }

    public static List<Script> scripts() {
        return SCRIPT_FILES.stream().map(DefaultScripts::resource).map(ScriptDocuments::readScript).toList();
    }

    private static String resource(String name) {
        try (InputStream in = DefaultScripts.class.getResourceAsStream("defaults/" + name)) {
            if (in == null) {
                throw new IllegalStateException("default script resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
