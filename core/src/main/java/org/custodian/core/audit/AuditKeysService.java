package org.custodian.core.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.custodian.core.audit.keys.Fingerprints;
import org.custodian.core.audit.keys.RegisteredKey;
import org.custodian.core.audit.keys.StoreSigningKey;
import org.custodian.core.audit.keys.TeamLeadKeyRepository;
import org.custodian.core.audit.keys.TeamLeadPublicKey;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.store.Store;

/**
 * The keys an audit rests on: the store's own signing key (its fingerprint is what a team lead trusts a pack
 * by) and the team leads' public keys registered in this store (what checkpoints and review results are checked
 * against, and what packs are encrypted to).
 */
public final class AuditKeysService {

    private final Store store;
    private final StoreSigningKey storeKey;
    private final TeamLeadKeyRepository keys;
    private final EventLog events;
    private final Clock clock;

    public AuditKeysService(Store store, StoreSigningKey storeKey, TeamLeadKeyRepository keys, EventLog events, Clock clock) {
        this.store = store;
        this.storeKey = storeKey;
        this.keys = keys;
        this.events = events;
        this.clock = clock;
    }

    /** The store's fingerprint, creating its key on first use. */
    public String storeFingerprint(Session session) {
        session.require(Role.TEAM_LEAD, "see the store's audit key");
        return Fingerprints.ofStore(publicKey());
    }

    /** The store's public key; the first call writes the new key pair. */
    byte[] publicKey() {
        return storeKey.existing(store.dsl()).orElseGet(() -> store.write(tx -> storeKey.ensure(tx, clock.instant())));
    }

    /** Registers a team lead's public key as belonging to the signed-in team lead, who compared its fingerprint. */
    public RegisteredKey register(Session session, TeamLeadPublicKey key) {
        session.require(Role.TEAM_LEAD, "register a team-lead key");
        return store.write(tx -> {
            if (keys.byFingerprint(tx, key.fingerprint()).isPresent()) {
                throw new AuditFileException(AuditFileException.Reason.KEY_ALREADY_REGISTERED);
            }
            RegisteredKey saved = keys.insert(tx, key, session.userId(), clock.instant());
            events.append(tx, EventDraft.of(session.userId(), EventAction.TEAM_LEAD_KEY_REGISTERED,
                    Map.of("key", Long.toString(saved.id()), "fingerprint", compact(saved.fingerprint()))));
            return saved;
        });
    }

    public void retire(Session session, long keyId) {
        session.require(Role.TEAM_LEAD, "retire a team-lead key");
        store.write(tx -> {
            RegisteredKey key = keys.all(tx).stream().filter(k -> k.id() == keyId && k.active()).findFirst()
                    .orElseThrow(() -> new AuditFileException(AuditFileException.Reason.KEY_NOT_REGISTERED));
            keys.retire(tx, key, clock.instant());
            events.append(tx, EventDraft.of(session.userId(), EventAction.TEAM_LEAD_KEY_RETIRED, Map.of("key", Long.toString(keyId))));
            return null;
        });
    }

    public List<RegisteredKey> registered(Session session) {
        session.require(Role.TEAM_LEAD, "see the registered team-lead keys");
        return keys.all(store.dsl());
    }

    /** An active registered key by fingerprint, or a refusal naming that it is not registered. */
    RegisteredKey active(org.jooq.DSLContext dsl, String fingerprint) {
        return keys.byFingerprint(dsl, fingerprint).filter(RegisteredKey::active)
                .orElseThrow(() -> new AuditFileException(AuditFileException.Reason.KEY_NOT_REGISTERED));
    }

    /** A registered key by fingerprint, retired or not: an old checkpoint keeps its signer. */
    java.util.Optional<RegisteredKey> registeredKey(org.jooq.DSLContext dsl, String fingerprint) {
        return keys.byFingerprint(dsl, fingerprint);
    }

    static String compact(String fingerprint) {
        return fingerprint.replace(" ", "");
    }
}
