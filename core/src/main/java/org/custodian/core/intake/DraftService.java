package org.custodian.core.intake;

import static org.custodian.core.store.schema.Tables.INTAKE_DRAFT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.scripts.Script;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.store.Store;

/**
 * Calls parked mid-intake. A draft lives only inside the encrypted store, belongs to the agent who parked it,
 * and is deleted after 24 hours whether or not it was resumed.
 */
public final class DraftService {

    public static final Duration LIFETIME = Duration.ofHours(24);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final ScriptCatalogue catalogue;
    private final EventLog events;
    private final Clock clock;

    public DraftService(Store store, ScriptCatalogue catalogue, EventLog events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** A parked call as listed: no personal data in the label, only the kind of call and when it was parked. */
    public record Parked(long id, String label, Instant parkedAt, Instant expiresAt) {
    }

    /** A resumed call: the form so far and the step it stopped at. */
    public record Resumed(IntakeForm form, String stepId) {
    }

    public long park(Session session, IntakeForm form, String stepId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(LIFETIME);
        String state = state(form, stepId);
        String label = form.script().enquiryType().label();
        return store.write(tx -> {
            long id = tx.insertInto(INTAKE_DRAFT).set(INTAKE_DRAFT.AGENT_ID, session.userId()).set(INTAKE_DRAFT.SCRIPT_ID, form.script().id())
                    .set(INTAKE_DRAFT.SCRIPT_VERSION, form.script().version()).set(INTAKE_DRAFT.LABEL, label)
                    .set(INTAKE_DRAFT.STATE, state).set(INTAKE_DRAFT.CREATED_AT, utc(now)).set(INTAKE_DRAFT.EXPIRES_AT, utc(expires))
                    .set(INTAKE_DRAFT.MAC, new byte[32]).returning(INTAKE_DRAFT.ID).fetchOne(INTAKE_DRAFT.ID);
            tx.update(INTAKE_DRAFT).set(INTAKE_DRAFT.MAC, mac(id, session.userId(), form.script(), label, state, now, expires))
                    .where(INTAKE_DRAFT.ID.eq(id)).execute();
            events.append(tx, EventDraft.of(session.userId(), EventAction.DRAFT_PARKED,
                    Map.of("draft", Long.toString(id), "script", form.script().id())));
            return id;
        });
    }

    public List<Parked> mine(Session session) {
        return store.dsl().selectFrom(INTAKE_DRAFT)
                .where(INTAKE_DRAFT.AGENT_ID.eq(session.userId()).and(INTAKE_DRAFT.EXPIRES_AT.gt(utc(clock.instant()))))
                .orderBy(INTAKE_DRAFT.CREATED_AT.desc())
                .fetch(r -> new Parked(r.getId(), r.getLabel(), r.getCreatedAt().toInstant(), r.getExpiresAt().toInstant()));
    }

    /** Takes a draft back (it is removed from the parked list); empty when it expired or is someone else's. */
    public Optional<Resumed> resume(Session session, long draftId) {
        return store.write(tx -> {
            var row = tx.selectFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.ID.eq(draftId).and(INTAKE_DRAFT.AGENT_ID.eq(session.userId()))
                    .and(INTAKE_DRAFT.EXPIRES_AT.gt(utc(clock.instant())))).fetchOne();
            if (row == null) {
                return Optional.<Resumed>empty();
            }
            Script script = catalogue.script(row.getScriptId(), row.getScriptVersion()).orElseThrow(
                    () -> new IntegrityException("intake_draft", draftId));
            byte[] expected = mac(row.getId(), row.getAgentId(), script, row.getLabel(), row.getState(),
                    row.getCreatedAt().toInstant(), row.getExpiresAt().toInstant());
            if (!org.custodian.core.crypto.Crypto.sameBytes(expected, row.getMac())) {
                throw new IntegrityException("intake_draft", draftId);
            }
            Resumed resumed = read(script, row.getState(), draftId);
            tx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.ID.eq(draftId)).execute();
            events.append(tx, EventDraft.of(session.userId(), EventAction.DRAFT_RESUMED, Map.of("draft", Long.toString(draftId))));
            return Optional.of(resumed);
        });
    }

    public void discard(Session session, long draftId) {
        store.write(tx -> {
            int deleted = tx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.ID.eq(draftId).and(INTAKE_DRAFT.AGENT_ID.eq(session.userId())))
                    .execute();
            if (deleted > 0) {
                events.append(tx, EventDraft.of(session.userId(), EventAction.DRAFT_DISCARDED, Map.of("draft", Long.toString(draftId))));
            }
            return null;
        });
    }

    /** Deletes every draft past its 24 hours; returns how many. */
    public int purgeExpired() {
        if (!store.dsl().fetchExists(INTAKE_DRAFT, INTAKE_DRAFT.EXPIRES_AT.le(utc(clock.instant())))) {
            return 0;
        }
        return store.write(tx -> {
            int deleted = tx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.EXPIRES_AT.le(utc(clock.instant()))).execute();
            if (deleted > 0) {
                events.append(tx, EventDraft.of(null, EventAction.DRAFTS_EXPIRED, Map.of("count", Integer.toString(deleted))));
            }
            return deleted;
        });
    }

    private byte[] mac(long id, long agent, Script script, String label, String state, Instant created, Instant expires) {
        return store.rowMac().of("intake_draft", id, agent, script.id(), script.version(), label, state, created, expires);
    }

    private static String state(IntakeForm form, String stepId) {
        ObjectNode root = JSON.createObjectNode();
        root.put("step", stepId);
        root.put("startedAt", form.startedAt().toString());
        ObjectNode answers = root.putObject("answers");
        new java.util.TreeMap<>(form.answers()).forEach(answers::put);
        if (form.consent() != null) {
            root.putObject("consent").put("wording", form.consent().wordingVersion()).put("given", form.consent().given())
                    .put("method", form.consent().method().name()).put("at", form.consent().recordedAt().toString());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resumed read(Script script, String state, long id) {
        try {
            JsonNode root = JSON.readTree(state);
            Map<String, String> answers = new LinkedHashMap<>();
            root.path("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asText()));
            JsonNode c = root.get("consent");
            ConsentCapture consent = c == null ? null : new ConsentCapture(c.path("wording").asText(), c.path("given").asBoolean(),
                    ConsentMethod.valueOf(c.path("method").asText()), Instant.parse(c.path("at").asText()));
            return new Resumed(new IntakeForm(script, answers, consent, Instant.parse(root.path("startedAt").asText())),
                    root.path("step").asText());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IntegrityException("intake_draft", id);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
