package org.custodian.core.rights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodian.core.rights.SubjectAccessReport.Section;

/**
 * Writes a {@link SubjectAccessReport} as readable HTML and as JSON for portability (UK GDPR Art 20: "structured,
 * commonly used and machine-readable"). Every value in the HTML is escaped, so a name holding markup is shown as
 * text. JSON is written by Jackson, never by hand.
 */
public final class SubjectAccessFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SubjectAccessFiles() {
    }

    public static void writeJson(SubjectAccessReport report, Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "custodian-subject-access/1");
        root.put("customer_reference", report.customerReference());
        root.put("produced_at", report.producedAt().toString());
        for (Section s : report.sections()) {
            root.put(s.key(), s.rows());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JSON.writeValue(out, root);
        }
    }

    public static void writeHtml(SubjectAccessReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Your personal data</title>\n"
                    + "<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin-bottom:1.5em}"
                    + "th,td{border:1px solid #888;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eee}</style>\n"
                    + "</head>\n<body>\n");
            out.write("<h1>Your personal data</h1>\n<p>Customer reference " + escape(report.customerReference())
                    + ". Produced " + escape(report.producedAt().toString()) + " (UTC) in answer to your request.</p>\n");
            for (Section s : report.sections()) {
                out.write("<h2 id=\"" + escape(s.key()) + "\">" + escape(s.title()) + "</h2>\n<p>" + escape(s.explanation()) + "</p>\n");
                if (s.rows().isEmpty()) {
                    out.write("<p>We hold none.</p>\n");
                    continue;
                }
                out.write("<table>\n<tr>");
                for (String label : s.rows().get(0).keySet()) {
                    out.write("<th scope=\"col\">" + escape(label) + "</th>");
                }
                out.write("</tr>\n");
                for (Map<String, String> row : s.rows()) {
                    out.write("<tr>");
                    for (String value : row.values()) {
                        out.write("<td>" + escape(value) + "</td>");
                    }
                    out.write("</tr>\n");
                }
                out.write("</table>\n");
            }
            out.write("</body>\n</html>\n");
        }
    }

    /** HTML text and attribute escaping: the five characters that can change meaning. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
