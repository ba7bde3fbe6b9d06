package org.custodian.core.scripts;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;
import org.junit.jupiter.api.Test;

class ScriptRulesTest {

    private static final Map<String, Purpose> PURPOSES = DefaultScripts.purposes().stream()
            .collect(Collectors.toMap(Purpose::code, Function.identity()));

    private static List<String> codes(Script script) {
        return ScriptRules.check(script, PURPOSES).stream().map(Violation::code).toList();
    }

    @Test
    void everyShippedScriptIsValidAndRoundTripsThroughItsFileFormat() {
        List<Script> scripts = DefaultScripts.scripts();
        assertEquals(6, scripts.size());
        assertEquals(6, scripts.stream().map(Script::enquiryType).distinct().count(), "one per enquiry type");
        for (Script script : scripts) {
            assertEquals(List.of(), ScriptRules.check(script, PURPOSES), script.key());
            assertEquals(script, ScriptDocuments.readScript(ScriptDocuments.writeScript(script)), script.key());
        }
        for (Purpose purpose : PURPOSES.values()) {
            assertEquals(purpose, ScriptDocuments.readPurpose(ScriptDocuments.writePurpose(purpose)));
        }
    }

    @Test
    void theComplaintScriptFollowsListenApologiseSolveThank() {
        Script complaint = DefaultScripts.scripts().stream().filter(s -> s.enquiryType() == EnquiryType.COMPLAINT)
                .findFirst().orElseThrow();
        assertEquals(List.of("listen", "apologise", "solve", "thank"), complaint.steps().stream().map(Script.Step::id).toList());
        List<Field> fields = complaint.questions().stream().map(Script.Question::field).toList();
        assertTrue(fields.containsAll(List.of(Field.COMPLAINT, Field.APOLOGY_GIVEN, Field.RESOLUTION, Field.FOLLOW_UP_DATE)));
    }

    private static Script generalWith(Script.Question extra) {
        Script base = DefaultScripts.scripts().stream().filter(s -> s.id().equals("general-enquiry")).findFirst().orElseThrow();
        Script.Step first = base.steps().get(0);
        List<Script.Question> questions = new java.util.ArrayList<>(first.questions());
        questions.add(extra);
        List<Script.Step> steps = new java.util.ArrayList<>(base.steps());
        steps.set(0, new Script.Step(first.id(), first.title(), first.say(), questions, first.branches()));
        return new Script(base.id(), base.version(), base.enquiryType(), base.title(), base.purposeCode(), base.readBack(), steps);
    }

    @Test
    void askingForAFieldThePurposeDoesNotNeedIsRefusedAsMinimisation() {
        List<Violation> problems = ScriptRules.check(generalWith(new Script.Question("dob", "Date of birth?", Field.DATE_OF_BIRTH, true)), PURPOSES);
        assertEquals("script.field-not-needed", problems.get(0).code());
        assertTrue(problems.get(0).message().contains("Date of birth"));
        assertEquals("UK GDPR Art 5(1)(c)", problems.get(0).policyRef());
    }

    @Test
    void specialCategoryDataNeedsAnArt9ConditionAndMarketingNeedsConsent() {
        assertTrue(codes(generalWith(new Script.Question("health", "Any needs?", Field.HEALTH_NEEDS, false)))
                .contains("script.special-category"));
        assertTrue(codes(generalWith(new Script.Question("mkt", "Offers?", Field.MARKETING_SMS, false)))
                .contains("script.marketing-basis"));
    }

    @Test
    void structuralMistakesAreEachNamed() {
        Script.Step a = new Script.Step("first", "A", "", List.of(new Script.Question("q1", "Name?", Field.FULL_NAME, true)),
                List.of(new Script.Branch("q1", "x", "first"), new Script.Branch("nope", "x", "end")));
        Script.Step dup = new Script.Step("first", "B", "", List.of(new Script.Question("q1", "", Field.PHONE, true)), List.of());
        Script bad = new Script("Bad Id!", 0, EnquiryType.GENERAL_ENQUIRY, "", "no-such-purpose", "", List.of(a, dup));
        List<String> codes = codes(bad);
        assertTrue(codes.containsAll(List.of("script.id", "script.version", "script.title", "script.purpose-unknown",
                "script.step-duplicate", "script.question-id", "script.question-text", "script.branch-target",
                "script.branch-question")), codes.toString());
    }

    @Test
    void malformedDocumentsAreRefusedNamingThePlace() {
        InvalidInputException notJson = assertThrows(InvalidInputException.class, () -> ScriptDocuments.readScript("{ not json"));
        assertEquals("document.json", notJson.violations().get(0).code());
        InvalidInputException badField = assertThrows(InvalidInputException.class, () -> ScriptDocuments.readScript("""
                {"format":"custodian-script/1","id":"x1","version":1,"enquiryType":"COMPLAINT","title":"T","purpose":"p",
                 "steps":[{"id":"s1","title":"S","questions":[{"id":"q","ask":"?","field":"SHOE_SIZE"}]}]}"""));
        assertTrue(badField.userMessage().contains("steps[0].questions[0].field must be one of"), badField.userMessage());
        InvalidInputException wrongFormat = assertThrows(InvalidInputException.class,
                () -> ScriptDocuments.readScript("{\"format\":\"something-else\"}"));
        assertTrue(wrongFormat.violations().size() > 1, "every problem is listed at once");
    }

    @Test
    void theNavigatorFollowsBranchesAndOtherwiseGoesInOrder() {
        Script marketing = DefaultScripts.scripts().stream().filter(s -> s.id().equals("marketing-preferences")).findFirst().orElseThrow();
        assertEquals("channels", ScriptNavigator.next(marketing, "who", Map.of()).map(Script.Step::id).orElseThrow());
        assertEquals("wrap-up", ScriptNavigator.next(marketing, "channels", Map.of("by-email", "No")).map(Script.Step::id).orElseThrow());
        assertEquals("email", ScriptNavigator.next(marketing, "channels", Map.of("by-email", "yes")).map(Script.Step::id).orElseThrow());
        assertEquals(Optional.empty(), ScriptNavigator.next(marketing, "wrap-up", Map.of()));
    }
}
