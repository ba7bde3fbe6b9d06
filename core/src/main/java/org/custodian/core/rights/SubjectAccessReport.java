package org.custodian.core.rights;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything held about one person, as titled sections of rows (each row an ordered map of labels to text), so
 * the readable HTML and the machine-readable JSON are written from one model and cannot disagree.
 *
 * @param key a stable machine name for the section (the JSON key), e.g. "contact_points"
 */
public record SubjectAccessReport(String customerReference, Instant producedAt, List<Section> sections) {

    public SubjectAccessReport {
        sections = List.copyOf(sections);
    }

    public record Section(String key, String title, String explanation, List<Map<String, String>> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** An ordered row builder that writes "" for absent values, so every row of a section has the same columns. */
    static final class Row {
        private final Map<String, String> values = new LinkedHashMap<>();

        Row put(String label, Object value) {
            values.put(label, value == null ? "" : value.toString());
            return this;
        }

        Map<String, String> done() {
            return values;
        }
    }
}
