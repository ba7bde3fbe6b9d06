package org.custodian.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeDataViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;

    private long customers() {
        return workspace.store().dsl().fetchCount(org.custodian.core.store.schema.Tables.CUSTOMER);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aTeamLeadAddsFictionalCustomersWithProgressAndFindsThem() {
        workspace = People.leadSession(People.custodian(dir));
        List<String> statuses = new ArrayList<>();
        PracticeDataViewModel model = new PracticeDataViewModel(workspace, new SynchronousTaskRunner());
        model.statusProperty().addListener((obs, old, now) -> statuses.add(now));
        model.countProperty().set(12);
        assertTrue(model.confirmation().startsWith("Add 12 fictional customers to this store?"));
        model.generate();
        assertEquals("Added 12 fictional customers. Find them from the Search page.", model.successProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertFalse(model.runningProperty().get());
        assertTrue(statuses.stream().anyMatch(s -> s.startsWith("Written 12 of 12")), statuses.toString());
        assertEquals(12, customers());
    }

    @Test
    void stoppingSaysHowManyWereKept() {
        workspace = People.leadSession(People.custodian(dir));
        PracticeDataViewModel[] self = new PracticeDataViewModel[1];
        TaskRunner stopAtFirstProgress = new TaskRunner() {
            private final SynchronousTaskRunner inner = new SynchronousTaskRunner();

            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                inner.run(work, onSuccess, onFailure);
            }

            @Override
            public void onUi(Runnable update) {
                update.run();
                self[0].stop(); // at the first word of progress, before any batch is written
            }
        };
        PracticeDataViewModel model = new PracticeDataViewModel(workspace, stopAtFirstProgress);
        self[0] = model;
        model.countProperty().set(12_000);
        model.generate();
        // core's own test covers a stop between batches keeping what was committed; here the page says so
        assertEquals("Stopped: 0 of 12,000 fictional customers were added and kept.", model.successProperty().get());
        assertEquals(0, customers());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void anAgentIsRefusedInOneSentence() throws Exception {
        Workspace lead = People.leadSession(People.custodian(dir));
        lead.users().add(lead.session(), People.AGENT, People.AGENT_NAME, org.custodian.core.auth.Role.AGENT,
                org.custodian.core.crypto.Passphrase.copyOf(People.AGENT_INITIAL));
        lead.close();
        workspace = People.logIn(People.custodian(dir), People.AGENT, People.AGENT_INITIAL);
        PracticeDataViewModel model = new PracticeDataViewModel(workspace, new SynchronousTaskRunner());
        model.countProperty().set(5);
        model.generate();
        assertEquals("Only a team lead can generate synthetic customers.", model.messageProperty().get());
    }
}
