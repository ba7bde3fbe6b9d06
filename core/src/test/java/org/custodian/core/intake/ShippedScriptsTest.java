package org.custodian.core.intake;

import static org.custodian.core.store.schema.Tables.SPECIAL_CATEGORY;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.setUp;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.Interaction;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.scripts.EnquiryType;
import org.custodian.core.scripts.Script;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped script, down every branch path, saves a complete interaction log entry. */
class ShippedScriptsTest {

    @TempDir
    Path dir;

    /** A valid synthetic answer for each field. */
    static String sample(Field field, int n) {
        return switch (field) {
            case FULL_NAME -> "Sam Sample";
            case DATE_OF_BIRTH -> "14/03/1985";
            case PHONE -> String.format("07700 900%03d", n);
            case EMAIL -> "sam" + n + "@example.com";
            case ADDRESS -> "1 Example Street";
            case POSTCODE -> "SW1A 1AA";
            case HEALTH_NEEDS -> "Prefers letters in large print";
            case APOLOGY_GIVEN, MARKETING_PHONE, MARKETING_EMAIL, MARKETING_POST, MARKETING_SMS -> "yes";
            case FOLLOW_UP_DATE -> "01/12/2026";
            default -> "Synthetic note " + field.name().toLowerCase();
        };
    }

    /** Answers for every question, and one extra answer set per branch with the branch's condition met. */
    static List<Map<String, String>> pathsThrough(Script script, int n) {
        Map<String, String> base = new HashMap<>();
        script.questions().forEach(q -> base.put(q.id(), sample(q.field(), n)));
        List<Map<String, String>> paths = new ArrayList<>();
        paths.add(base);
        for (Script.Step step : script.steps()) {
            for (Script.Branch branch : step.branches()) {
                Map<String, String> taken = new HashMap<>(base);
                taken.put(branch.questionId(), branch.equalsValue());
                paths.add(taken);
            }
        }
        return paths;
    }

    @Test
    void everyShippedScriptSavesAlongEveryBranchPath() {
        try (Workspace ws = setUp(custodian(dir))) {
            CustomerRecords records = new CustomerRecords(ws.store().rowMac());
            int n = 0;
            int saved = 0;
            for (Script script : ws.scripts().scripts()) {
                Purpose purpose = ws.scripts().purposeOf(script);
                for (Map<String, String> answers : pathsThrough(script, n++)) {
                    ConsentCapture consent = purpose.needsConsent()
                            ? new ConsentCapture(purpose.consentWording().version(), true, ConsentMethod.VERBAL, Instant.now().minusSeconds(5))
                            : null;
                    IntakeForm form = new IntakeForm(script, answers, consent, Instant.now().minusSeconds(30));
                    SavedIntake result = ws.intake().save(ws.session(), form, null, true);
                    Interaction logged = records.interactions(ws.store().dsl(), result.customerId()).get(0);
                    assertEquals(script.id(), logged.scriptId());
                    assertEquals(script.version(), logged.scriptVersion());
                    assertEquals(purpose.code(), logged.purposeCode());
                    assertFalse(logged.nature().isBlank(), script.id() + ": nature of enquiry logged");
                    assertFalse(logged.actionsTaken().isBlank(), script.id() + ": actions taken logged");
                    assertEquals(script.enquiryType().name(), logged.enquiryType());
                    saved++;
                }
            }
            assertTrue(saved >= 7, "six scripts and at least one branch: " + saved);
        }
    }

    @Test
    void specialCategoryDataIsSavedOnlyUnderItsArt9ConditionWithExplicitConsent() {
        try (Workspace ws = setUp(custodian(dir))) {
            Script script = new Script("accessibility-needs", 1, EnquiryType.GENERAL_ENQUIRY, "Accessibility needs",
                    "accessibility-support", "Let me read that back.", List.of(new Script.Step("needs", "Needs", "", List.of(
                            new Script.Question("name", "Name?", Field.FULL_NAME, true),
                            new Script.Question("health", "Any needs?", Field.HEALTH_NEEDS, true),
                            new Script.Question("nature", "About?", Field.NATURE_OF_ENQUIRY, true),
                            new Script.Question("actions", "Done?", Field.ACTIONS_TAKEN, true)), List.of())));
            Script imported = ws.scripts().importScript(ws.session(), ws.scripts().export(script));
            Purpose purpose = ws.scripts().purposeOf(imported);
            Map<String, String> answers = Map.of("name", "Sam Sample", "health", "Uses a screen reader", "nature", "Adjustments",
                    "actions", "Recorded needs");
            assertThrows(InvalidInputException.class,
                    () -> ws.intake().save(ws.session(), new IntakeForm(imported, answers, null, Instant.now().minusSeconds(30)), null, true),
                    "no explicit consent, no health data");
            ConsentCapture consent = new ConsentCapture(purpose.consentWording().version(), true, ConsentMethod.VERBAL,
                    Instant.now().minusSeconds(5));
            ws.intake().save(ws.session(), new IntakeForm(imported, answers, consent, Instant.now().minusSeconds(30)), null, true);
            assertEquals("EXPLICIT_CONSENT", ws.store().dsl().select(SPECIAL_CATEGORY.ART9_CONDITION).from(SPECIAL_CATEGORY)
                    .fetchOne(SPECIAL_CATEGORY.ART9_CONDITION));
        }
    }
}
