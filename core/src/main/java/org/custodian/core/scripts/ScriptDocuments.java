package org.custodian.core.scripts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.Art9Condition;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;

/**
 * Reads and writes scripts and purposes as the JSON documents described in docs/scripts.md. A malformed
 * document is refused with the place of the problem named ("steps[2].questions[0].field"), never half-read.
 */
public final class ScriptDocuments {

    public static final String SCRIPT_FORMAT = "custodian-script/1";
    public static final String PURPOSES_FORMAT = "custodian-purposes/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScriptDocuments() {
    }

    public static Script readScript(String json) {
        JsonNode root = parse(json, "Script file");
        Reader r = new Reader("Script file");
        r.expectFormat(root, SCRIPT_FORMAT);
        List<Script.Step> steps = new ArrayList<>();
        JsonNode stepNodes = r.array(root, "steps", "steps");
        for (int i = 0; i < stepNodes.size(); i++) {
            JsonNode s = stepNodes.get(i);
            String at = "steps[" + i + "]";
            List<Script.Question> questions = new ArrayList<>();
            JsonNode qs = s.has("questions") ? r.array(s, "questions", at + ".questions") : JSON.createArrayNode();
            for (int j = 0; j < qs.size(); j++) {
                JsonNode q = qs.get(j);
                String qat = at + ".questions[" + j + "]";
                questions.add(new Script.Question(r.text(q, "id", qat), r.text(q, "ask", qat),
                        r.enumValue(q, "field", qat, Field.class), q.path("mandatory").asBoolean(false)));
            }
            List<Script.Branch> branches = new ArrayList<>();
            JsonNode bs = s.has("branches") ? r.array(s, "branches", at + ".branches") : JSON.createArrayNode();
            for (int j = 0; j < bs.size(); j++) {
                JsonNode b = bs.get(j);
                String bat = at + ".branches[" + j + "]";
                branches.add(new Script.Branch(r.text(b, "question", bat), r.text(b, "equals", bat), r.text(b, "goTo", bat)));
            }
            steps.add(new Script.Step(r.text(s, "id", at), r.text(s, "title", at), s.path("say").asText(""), questions, branches));
        }
        Script script = new Script(r.text(root, "id", ""), r.integer(root, "version", ""),
                r.enumValue(root, "enquiryType", "", EnquiryType.class), r.text(root, "title", ""),
                r.text(root, "purpose", ""), root.path("readBack").asText(""), steps);
        r.finish();
        return script;
    }

    public static String writeScript(Script script) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", SCRIPT_FORMAT);
        root.put("id", script.id());
        root.put("version", script.version());
        root.put("enquiryType", script.enquiryType().name());
        root.put("title", script.title());
        root.put("purpose", script.purposeCode());
        root.put("readBack", script.readBack());
        ArrayNode steps = root.putArray("steps");
        for (Script.Step step : script.steps()) {
            ObjectNode s = steps.addObject();
            s.put("id", step.id());
            s.put("title", step.title());
            s.put("say", step.say());
            ArrayNode qs = s.putArray("questions");
            for (Script.Question q : step.questions()) {
                qs.addObject().put("id", q.id()).put("ask", q.ask()).put("field", q.field().name()).put("mandatory", q.mandatory());
            }
            ArrayNode bs = s.putArray("branches");
            for (Script.Branch b : step.branches()) {
                bs.addObject().put("question", b.questionId()).put("equals", b.equalsValue()).put("goTo", b.goTo());
            }
        }
        return write(root);
    }

    public static List<Purpose> readPurposes(String json) {
        JsonNode root = parse(json, "Purposes file");
        Reader r = new Reader("Purposes file");
        r.expectFormat(root, PURPOSES_FORMAT);
        JsonNode nodes = r.array(root, "purposes", "purposes");
        List<Purpose> purposes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            purposes.add(readPurpose(nodes.get(i), "purposes[" + i + "]", r));
        }
        r.finish();
        return purposes;
    }

    public static Purpose readPurpose(String json) {
        Reader r = new Reader("Purpose");
        Purpose purpose = readPurpose(parse(json, "Purpose"), "", r);
        r.finish();
        return purpose;
    }

    private static Purpose readPurpose(JsonNode p, String at, Reader r) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        JsonNode fs = r.array(p, "fields", at + ".fields");
        for (int j = 0; j < fs.size(); j++) {
            Field f = r.enumText(fs.get(j).asText(), at + ".fields[" + j + "]", Field.class);
            if (f != null) {
                fields.add(f);
            }
        }
        Art9Condition art9 = p.hasNonNull("art9Condition") ? r.enumValue(p, "art9Condition", at, Art9Condition.class) : null;
        Purpose.ConsentWording wording = p.hasNonNull("consentWording")
                ? new Purpose.ConsentWording(r.text(p.get("consentWording"), "version", at + ".consentWording"),
                        r.text(p.get("consentWording"), "text", at + ".consentWording"))
                : null;
        return new Purpose(r.text(p, "code", at), r.integer(p, "version", at), r.text(p, "name", at),
                r.enumValue(p, "basis", at, LawfulBasis.class), art9, fields, wording);
    }

    public static String writePurpose(Purpose purpose) {
        ObjectNode p = JSON.createObjectNode();
        p.put("code", purpose.code());
        p.put("version", purpose.version());
        p.put("name", purpose.name());
        p.put("basis", purpose.basis().name());
        if (purpose.art9Condition() != null) {
            p.put("art9Condition", purpose.art9Condition().name());
        }
        ArrayNode fields = p.putArray("fields");
        purpose.fields().stream().sorted().forEach(f -> fields.add(f.name()));
        if (purpose.consentWording() != null) {
            p.putObject("consentWording").put("version", purpose.consentWording().version())
                    .put("text", purpose.consentWording().text());
        }
        return write(p);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String json, String what) {
        try {
            JsonNode root = JSON.readTree(json == null ? "" : json);
            if (root == null || !root.isObject()) {
                throw refuse(what, "format", "it is not a JSON object; export a script from Custodian to see the form.");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw refuse(what, "json", "it is not valid JSON (near line " + line + "); fix the file and import it again.");
        }
    }

    private static InvalidInputException refuse(String what, String code, String fix) {
        return new InvalidInputException(new Violation(what, "document." + code, what + ": " + fix, "docs/scripts.md"));
    }

    /** Collects every problem in a document, so the person sees them all at once. */
    private static final class Reader {
        private final String what;
        private final List<Violation> problems = new ArrayList<>();

        Reader(String what) {
            this.what = what;
        }

        void expectFormat(JsonNode root, String format) {
            if (!format.equals(root.path("format").asText())) {
                add("format", "\"format\" must be \"" + format + "\".");
            }
        }

        String text(JsonNode node, String key, String at) {
            JsonNode value = node.get(key);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                add("missing", path(at, key) + " needs some text.");
                return "";
            }
            return value.asText();
        }

        int integer(JsonNode node, String key, String at) {
            JsonNode value = node.get(key);
            if (value == null || !value.canConvertToInt()) {
                add("missing", path(at, key) + " needs a whole number.");
                return 0;
            }
            return value.asInt();
        }

        JsonNode array(JsonNode node, String key, String at) {
            JsonNode value = node.get(key);
            if (value == null || !value.isArray()) {
                add("missing", at + " needs a list [ ... ].");
                return JSON.createArrayNode();
            }
            return value;
        }

        <E extends Enum<E>> E enumValue(JsonNode node, String key, String at, Class<E> type) {
            return enumText(node.path(key).asText(""), path(at, key), type);
        }

        <E extends Enum<E>> E enumText(String text, String at, Class<E> type) {
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                add("unknown-value", at + " must be one of " + String.join(", ", allowed) + ".");
                return type.getEnumConstants()[0];
            }
        }

        void finish() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }

        private void add(String code, String fix) {
            problems.add(new Violation(what, "document." + code, what + ": " + fix, "docs/scripts.md"));
        }

        private static String path(String at, String key) {
            return at.isEmpty() ? key : at + "." + key;
        }
    }
}
