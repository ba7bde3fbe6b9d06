package org.custodian.core.audit;

import java.util.List;
import java.util.Optional;
import org.custodian.core.audit.keys.Fingerprints;
import org.custodian.core.audit.keys.RegisteredKey;
import org.custodian.core.audit.keys.TeamLeadKeys;
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
    private final AuditKeysService keys;

    public AuditService(Store store, EventLog events, AuditKeysService keys) {
        this.store = store;
        this.events = events;
        this.keys = keys;
    }

    /**
     * Takes a checkpoint and signs it with the team lead's own key (opened from their key file), which must be
     * registered here so the next audit can check the signature.
     */
    public SignedCheckpoint signedCheckpoint(Session session, TeamLeadKeys leadKeys) {
        session.require(Role.TEAM_LEAD, "sign a checkpoint of the event log");
        String storeFingerprint = Fingerprints.ofStore(keys.publicKey());
        return store.write(tx -> {
            RegisteredKey signer = keys.active(tx, leadKeys.publicKey().fingerprint());
            Checkpoint checkpoint = events.checkpoint(tx);
            SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, storeFingerprint, leadKeys);
            events.append(tx, EventDraft.of(session.userId(), EventAction.CHECKPOINT_SIGNED,
                    Map.of("count", Long.toString(checkpoint.count()), "key", Long.toString(signer.id()))));
            return signed;
        });
    }

    /**
     * Checks a kept checkpoint file: first that it is signed, for this store, by a registered team-lead key, and
     * only then whether the log grew from it.
     */
    public CheckpointVerdict compare(Session session, String checkpointText) {
        session.require(Role.TEAM_LEAD, "check the event log against a checkpoint");
        CheckpointVerdict verdict = verdictOf(checkpointText);
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.CHECKPOINT_CHECKED,
                Map.of("result", verdict.name(), "signed", "true"))));
        return verdict;
    }

    private CheckpointVerdict verdictOf(String text) {
        Optional<SignedCheckpoint> parsed = SignedCheckpoint.parse(text);
        if (parsed.isEmpty()) {
            return CheckpointVerdict.NOT_SIGNED;
        }
        SignedCheckpoint signed = parsed.get();
        Optional<RegisteredKey> signer = keys.registeredKey(store.dsl(), signed.signerFingerprint());
        if (signer.isEmpty()) {
            return CheckpointVerdict.SIGNER_NOT_REGISTERED;
        }
        if (!signed.signedBy(signer.get().key())) {
            return CheckpointVerdict.BAD_SIGNATURE;
        }
        if (!Fingerprints.ofStore(keys.publicKey()).equals(signed.storeFingerprint())) {
            return CheckpointVerdict.OTHER_STORE;
        }
        return CheckpointVerdict.of(events.compare(store.dsl(), signed.checkpoint()));
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

    /** The event at a sequence number, to say what the first broken one was; empty where there is a gap. */
    public Optional<Event> event(Session session, long seq) {
        session.require(Role.TEAM_LEAD, "read the event log");
        return events.find(store.dsl(), seq);
    }

    public List<Event> latest(Session session, int limit) {
        session.require(Role.TEAM_LEAD, "read the event log");
        return events.latest(store.dsl(), limit);
    }
}
