package org.custodian.core.audit;

import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.Checkpoint;
import org.custodian.core.events.Event;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.store.Store;

/** Team leads' view of the event log: verify the chain, take a checkpoint, compare with a kept one. */
public final class AuditService {

    private final Store store;
    private final EventLog events;

    public AuditService(Store store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    public ChainVerification verify(Session session) {
        session.require(Role.TEAM_LEAD, "verify the event log");
        ChainVerification result = events.verify(store.dsl());
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.CHAIN_VERIFIED,
                Map.of("result", result instanceof ChainVerification.Intact ? "intact" : "broken"))));
        return result;
    }

    public Checkpoint checkpoint(Session session) {
        session.require(Role.TEAM_LEAD, "take a checkpoint of the event log");
        return store.write(tx -> {
            Checkpoint checkpoint = events.checkpoint(tx);
            events.append(tx, EventDraft.of(session.userId(), EventAction.CHECKPOINT_EXPORTED,
                    Map.of("count", Long.toString(checkpoint.count()))));
            return checkpoint;
        });
    }

    public Checkpoint.Comparison compare(Session session, Checkpoint kept) {
        session.require(Role.TEAM_LEAD, "check the event log against a checkpoint");
        Checkpoint.Comparison result = events.compare(store.dsl(), kept);
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.CHECKPOINT_CHECKED,
                Map.of("result", result.name(), "count", Long.toString(kept.count())))));
        return result;
    }

    public List<Event> latest(Session session, int limit) {
        session.require(Role.TEAM_LEAD, "read the event log");
        return events.latest(store.dsl(), limit);
    }
}
