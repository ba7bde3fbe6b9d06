package org.custodian.core.audit;

import static org.custodian.core.store.schema.Tables.INTERACTION;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.core.audit.keys.Fingerprints;
import org.custodian.core.audit.keys.RegisteredKey;
import org.custodian.core.audit.keys.StoreSigningKey;
import org.custodian.core.audit.pack.AuditPackFormat;
import org.custodian.core.audit.pack.PackContents;
import org.custodian.core.audit.pack.PackExporter;
import org.custodian.core.audit.pack.PackRequest;
import org.custodian.core.audit.review.ReviewResult;
import org.custodian.core.audit.review.ReviewResultRepository;
import org.custodian.core.audit.review.ReviewResultsFile;
import org.custodian.core.audit.review.StoredReview;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.errors.AuditFileException.Reason;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.store.Store;
import org.jooq.Record2;

/**
 * Audit packs out and review results back: a team lead exports the entries of a window as a pack signed by the
 * store and encrypted to a registered team lead's key, and imports the signed results, each verdict an event.
 */
public final class AuditPackService {

    /** How many imported results the Audit page lists. */
    public static final int RESULTS_SHOWN = 500;
    private final Store store;
    private final AuditKeysService keys;
    private final StoreSigningKey storeKey;
    private final PackExporter exporter;
    private final ReviewResultRepository reviews;
    private final EventLog events;
    private final Clock clock;

    public AuditPackService(Store store, AuditKeysService keys, StoreSigningKey storeKey, PackExporter exporter,
                            ReviewResultRepository reviews, EventLog events, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.storeKey = storeKey;
        this.exporter = exporter;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /** The pack's bytes, for the team lead whose registered key has this fingerprint. */
    public byte[] export(Session session, PackRequest request, String recipientFingerprint) {
        session.require(Role.TEAM_LEAD, "export an audit pack");
        Instant now = clock.instant();
        return store.write(tx -> {
            RegisteredKey recipient = keys.active(tx, recipientFingerprint);
            byte[] storePublic = storeKey.ensure(tx, now);
            PackContents contents = exporter.gather(tx, request, UUID.randomUUID().toString(), Fingerprints.ofStore(storePublic),
                    recipient.fingerprint(), now);
            byte[] content = AuditPackFormat.contentBytes(contents);
            byte[] signature = storeKey.sign(tx, "custodian/audit-pack/v1", AuditPackFormat.signedMessage(recipient.key(), content));
            byte[] pack = AuditPackFormat.seal(recipient.key(), storePublic, signature, content);
            events.append(tx, EventDraft.of(session.userId(), EventAction.AUDIT_PACK_EXPORTED, Map.of(
                    "pack", contents.packId(), "key", Long.toString(recipient.id()),
                    "entries", Integer.toString(contents.entries().size()), "events", Integer.toString(contents.events().size()),
                    "head", Long.toString(contents.headCount()))));
            return pack;
        });
    }

    /** Imports a signed results file from a registered team lead for a pack of this store; returns how many. */
    public int importResults(Session session, byte[] file) {
        session.require(Role.TEAM_LEAD, "import review results");
        ReviewResultsFile.Unverified read = ReviewResultsFile.read(file);
        String storeFingerprint = Fingerprints.ofStore(keys.publicKey());
        Instant now = clock.instant();
        String hash = HexFormat.of().formatHex(Crypto.sha256(file));
        return store.write(tx -> {
            RegisteredKey signer;
            try {
                signer = keys.active(tx, read.results().reviewerFingerprint());
            } catch (AuditFileException e) {
                throw new AuditFileException(Reason.RESULTS_SIGNER_NOT_REGISTERED);
            }
            if (!read.signedBy(signer.key())) {
                throw new AuditFileException(Reason.RESULTS_BAD_SIGNATURE);
            }
            if (!storeFingerprint.equals(read.results().storeFingerprint())) {
                throw new AuditFileException(Reason.RESULTS_OTHER_STORE);
            }
            if (reviews.imported(tx, hash)) {
                throw new AuditFileException(Reason.RESULTS_ALREADY_IMPORTED);
            }
            List<Long> ids = read.results().results().stream().map(ReviewResult::interactionId).toList();
            Map<Long, Long> customerOf = tx.select(INTERACTION.ID, INTERACTION.CUSTOMER_ID).from(INTERACTION)
                    .where(INTERACTION.ID.in(ids)).fetchMap(Record2::value1, Record2::value2);
            if (!customerOf.keySet().containsAll(ids)) {
                throw new AuditFileException(Reason.RESULTS_UNKNOWN_ENTRY);
            }
            for (ReviewResult result : read.results().results()) {
                StoredReview saved = reviews.insert(tx, hash, result, signer.id(), now, session.userId());
                events.append(tx, EventDraft.of(session.userId(), EventAction.REVIEW_RESULT_IMPORTED, Map.of(
                        "interaction", Long.toString(result.interactionId()), "verdict", result.verdict().name(),
                        "review", Long.toString(saved.id()), "key", Long.toString(signer.id()),
                        "pack", safe(read.results().packId())))
                        .about(store.subjectKeys().forCustomer(customerOf.get(result.interactionId()))));
            }
            return read.results().results().size();
        });
    }

    public List<StoredReview> results(Session session) {
        session.require(Role.TEAM_LEAD, "see review results");
        return reviews.all(store.dsl(), RESULTS_SHOWN);
    }

    private static String safe(String packId) {
        return packId != null && packId.matches("[A-Za-z0-9\\-]{1,80}") ? packId : "unknown";
    }
}
