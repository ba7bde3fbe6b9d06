package org.custodian.app.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsViewModelTest {

    @TempDir Path dir;
    @TempDir Path files;
    private Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private ScriptsViewModel asLead() {
        workspace = People.leadSession(People.custodian(dir));
        ScriptsViewModel model = new ScriptsViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
        return model;
    }

    private static ScriptRow row(ScriptsViewModel model, String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTableShowsEachActiveScriptWithItsPurposeAndLawfulBasis() {
        ScriptsViewModel model = asLead();
        assertEquals(6, model.rows().size());
        ScriptRow marketing = row(model, "marketing-preferences");
        assertEquals("Marketing preferences", marketing.enquiryType());
        assertEquals("Sending the customer news and offers", marketing.purpose());
        assertEquals("Consent, Art 6(1)(a)", marketing.lawfulBasis());
        assertEquals(1, marketing.version());
    }

    @Test
    void anExportedScriptEditedAndImportedBecomesTheNextVersion() throws Exception {
        ScriptsViewModel model = asLead();
        model.selectedProperty().set(row(model, "complaint"));
        assertEquals("complaint-v1.json", model.suggestedFileName());
        Path file = files.resolve(model.suggestedFileName());
        model.exportTo(file);
        assertTrue(model.successProperty().get().startsWith("Exported Complaint"));
        String exported = Files.readString(file);
        assertTrue(exported.contains("\"custodian-script/1\""));

        Files.writeString(file, exported.replace("I am sorry for the trouble this has caused you.",
                "I am truly sorry for the trouble this has caused you."));
        model.importFrom(file);

        assertEquals("", model.messageProperty().get());
        assertTrue(model.successProperty().get().contains("as version 2."), model.successProperty().get());
        assertEquals(2, row(model, "complaint").version());
        assertEquals(6, model.rows().size());
    }

    @Test
    void aScriptEditedInTheAppIsCheckedByCoreAndSavedAsTheNextVersion() {
        ScriptsViewModel model = asLead();
        model.selectedProperty().set(row(model, "general-enquiry"));
        String text = model.editableText();
        assertTrue(text.contains("\"general-enquiry\""));

        String asksTooMuch = text.replace("\"field\" : \"PHONE\"", "\"field\" : \"DATE_OF_BIRTH\"");
        List<String> problems = model.problemsWith(asksTooMuch);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Date of birth"), problems.get(0));
        assertEquals(List.of(), model.problemsWith(text.replace("How can I help you today?", "How may I help you today?")));

        model.saveEdited(text.replace("How can I help you today?", "How may I help you today?"));
        assertTrue(model.successProperty().get().contains("as version 2."), model.successProperty().get());
        assertEquals(2, row(model, "general-enquiry").version());
    }

    @Test
    void aRefusedFileIsExplainedInPlainSentences() throws Exception {
        ScriptsViewModel model = asLead();
        model.selectedProperty().set(row(model, "marketing-preferences"));
        Path file = files.resolve("marketing.json");
        model.exportTo(file);
        Files.writeString(file, Files.readString(file).replace("\"MARKETING_SMS\"", "\"HEALTH_NEEDS\""));

        model.importFrom(file);

        assertFalse(model.messageProperty().get().isEmpty());
        assertFalse(model.messageProperty().get().contains("Exception"));
        assertEquals("", model.successProperty().get());
        assertEquals(1, row(model, "marketing-preferences").version(), "nothing was imported");

        Files.writeString(file, "{ not json");
        model.importFrom(file);
        assertTrue(model.messageProperty().get().contains("not valid JSON"), model.messageProperty().get());

        model.importFrom(files.resolve("missing.json"));
        assertEquals(ScriptsViewModel.UNREADABLE, model.messageProperty().get());
    }

    @Test
    void aRetiredScriptIsNoLongerOffered() {
        ScriptsViewModel model = asLead();
        model.selectedProperty().set(row(model, "general-enquiry"));
        model.retireSelected();
        assertTrue(model.successProperty().get().endsWith("is retired: it is no longer offered for new calls."));
        assertEquals(5, model.rows().size());
        assertTrue(workspace.scripts().scripts().stream().noneMatch(s -> s.id().equals("general-enquiry")));
    }

    @Test
    void anAgentWhoReachesThePageIsRefusedByCore() throws Exception {
        Custodian custodian = People.storeWithAgent(dir);
        workspace = People.logIn(custodian, People.AGENT, People.AGENT_INITIAL);
        ScriptsViewModel model = new ScriptsViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
        model.selectedProperty().set(row(model, "complaint"));
        model.retireSelected();
        assertTrue(model.messageProperty().get().startsWith("Only a team lead can retire scripts"), model.messageProperty().get());
        assertEquals(6, workspace.scripts().scripts().size());
    }
}
