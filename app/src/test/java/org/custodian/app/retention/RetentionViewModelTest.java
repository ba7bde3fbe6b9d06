package org.custodian.app.retention;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.retention.DataCategory;
import org.custodian.core.store.schema.Tables;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private RetentionViewModel model;

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir));
        model = new RetentionViewModel(workspace, new SynchronousTaskRunner());
        model.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void parkedDrafts(int count, int daysAgo) {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(daysAgo);
        workspace.store().write(tx -> {
            for (int i = 0; i < count; i++) {
                tx.insertInto(Tables.INTAKE_DRAFT).set(Tables.INTAKE_DRAFT.AGENT_ID, workspace.session().userId())
                        .set(Tables.INTAKE_DRAFT.SCRIPT_ID, "new-customer").set(Tables.INTAKE_DRAFT.SCRIPT_VERSION, 1)
                        .set(Tables.INTAKE_DRAFT.LABEL, "Parked call").set(Tables.INTAKE_DRAFT.STATE, "{}")
                        .set(Tables.INTAKE_DRAFT.CREATED_AT, at).set(Tables.INTAKE_DRAFT.EXPIRES_AT, at.plusDays(1))
                        .set(Tables.INTAKE_DRAFT.MAC, new byte[32]).execute();
            }
            return null;
        });
    }

    @Test
    void theRulesShowTheirDefaultsAndAChangeIsSaved() {
        assertEquals(List.of("Interactions 6 years", "Marketing consent 2 years", "Identity check evidence 30 days",
                "Parked intake drafts 1 day"), model.lines().stream().map(l -> l.label() + " " + l.period()).toList());
        model.categoryProperty().set(DataCategory.IDENTITY_EVIDENCE);
        assertEquals("30", model.amountProperty().get(), "the editor starts from the rule");
        model.amountProperty().set("14");
        model.saveRule();
        assertEquals("14 days", model.lines().get(DataCategory.IDENTITY_EVIDENCE.ordinal()).period());
        assertTrue(model.successProperty().get().startsWith("Identity check evidence: now kept for 14 days"));

        model.amountProperty().set("a week");
        model.saveRule();
        assertEquals("Keep for: enter a whole number, for example 6.", model.messageProperty().get());
        model.amountProperty().set("5");
        model.unitProperty().set(ChronoUnit.YEARS);
        model.saveRule();
        assertEquals("Identity check evidence: choose a period between 1 day and 1 year.", model.messageProperty().get());
        assertEquals("14 days", model.lines().get(DataCategory.IDENTITY_EVIDENCE.ordinal()).period(), "bad input changes nothing");
    }

    @Test
    void theDryRunListsCountsAndTheSweepDisposesOfThem() {
        parkedDrafts(3, 5);
        parkedDrafts(1, 0);
        model.dryRun();
        assertEquals("A sweep now would dispose of 3 records: 3 parked intake drafts.", model.planSummaryProperty().get());
        assertEquals("3", model.lines().get(DataCategory.DRAFTS.ordinal()).due());
        model.sweep();
        assertEquals("Disposal finished: 3 parked intake drafts. Each batch is recorded in the audit log by category and count.",
                model.successProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        model.dryRun();
        assertEquals("Nothing is past its retention period: a sweep now would dispose of nothing.", model.planSummaryProperty().get());
        assertEquals(1, workspace.store().dsl().fetchCount(Tables.INTAKE_DRAFT));
    }
}
