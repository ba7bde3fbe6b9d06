package org.custodian.core.scripts;

import static org.custodian.core.store.schema.Tables.PURPOSE;
import static org.custodian.core.store.schema.Tables.SCRIPT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.Store;
import org.jooq.DSLContext;

/**
 * The store's purposes and scripts. Every version ever used is kept (records name the version they were
 * captured with); the newest active version of each is the one offered. Team leads import new versions.
 */
public final class ScriptCatalogue {

    private final Store store;
    private final EventLog events;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public ScriptCatalogue(Store store, EventLog events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    private record Snapshot(Map<String, Purpose> allPurposes, Map<String, Script> allScripts,
                            Map<String, Purpose> currentPurposes, List<Script> currentScripts) {
    }

    /** Installs the shipped purposes and scripts into a store that has none (a new or pre-V2 store). */
    public void ensureDefaults() {
        if (store.dsl().fetchExists(PURPOSE)) {
            return;
        }
        store.write(tx -> {
            if (tx.fetchExists(PURPOSE)) {
                return null;
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            for (Purpose p : DefaultScripts.purposes()) {
                tx.insertInto(PURPOSE).set(PURPOSE.CODE, p.code()).set(PURPOSE.VERSION, p.version())
                        .set(PURPOSE.DEFINITION, ScriptDocuments.writePurpose(p)).set(PURPOSE.ACTIVE, true)
                        .set(PURPOSE.CREATED_AT, now).execute();
            }
            for (Script s : DefaultScripts.scripts()) {
                insertScript(tx, s, null, now);
            }
            events.append(tx, EventDraft.of(null, EventAction.SCRIPTS_INSTALLED,
                    Map.of("scripts", Integer.toString(DefaultScripts.SCRIPT_FILES.size()))));
            return null;
        });
        snapshot = null;
    }

    public Map<String, Purpose> purposes() {
        return load().currentPurposes();
    }

    public List<Script> scripts() {
        return load().currentScripts();
    }

    public Optional<Purpose> purpose(String code, int version) {
        return Optional.ofNullable(load().allPurposes().get(code + "#" + version));
    }

    public Optional<Script> script(String id, int version) {
        return Optional.ofNullable(load().allScripts().get(id + "#" + version));
    }

    public Purpose purposeOf(Script script) {
        Purpose purpose = purposes().get(script.purposeCode());
        if (purpose == null) {
            throw new IllegalStateException("script " + script.key() + " names a purpose the store does not hold");
        }
        return purpose;
    }

    /** Every problem with a script document (format and rules against the store's purposes); empty when sound. */
    public List<Violation> check(String json) {
        try {
            return ScriptRules.check(ScriptDocuments.readScript(json), purposes());
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    /** Imports a script file as the next version of its id, after checking it against the purposes. */
    public Script importScript(Session session, String json) {
        session.require(Role.TEAM_LEAD, "import scripts");
        Script parsed = ScriptDocuments.readScript(json);
        List<Violation> problems = ScriptRules.check(parsed, purposes());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Script saved = store.write(tx -> {
            Integer latest = tx.select(org.jooq.impl.DSL.max(SCRIPT.VERSION)).from(SCRIPT).where(SCRIPT.ID.eq(parsed.id()))
                    .fetchOne(0, Integer.class);
            Script next = new Script(parsed.id(), latest == null ? 1 : latest + 1, parsed.enquiryType(), parsed.title(),
                    parsed.purposeCode(), parsed.readBack(), parsed.steps());
            insertScript(tx, next, session.userId(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            events.append(tx, EventDraft.of(session.userId(), EventAction.SCRIPT_IMPORTED,
                    Map.of("script", next.id(), "version", Integer.toString(next.version()))));
            return next;
        });
        snapshot = null;
        return saved;
    }

    /** The script as a file a team lead can edit and import again. */
    public String export(Script script) {
        return ScriptDocuments.writeScript(script);
    }

    /** Takes a script out of use; records made with it keep naming it. */
    public void retire(Session session, String scriptId) {
        session.require(Role.TEAM_LEAD, "retire scripts");
        store.write(tx -> {
            tx.update(SCRIPT).set(SCRIPT.ACTIVE, false).where(SCRIPT.ID.eq(scriptId)).execute();
            events.append(tx, EventDraft.of(session.userId(), EventAction.SCRIPT_RETIRED, Map.of("script", scriptId)));
            return null;
        });
        snapshot = null;
    }

    private static void insertScript(DSLContext tx, Script s, Long by, OffsetDateTime now) {
        tx.insertInto(SCRIPT).set(SCRIPT.ID, s.id()).set(SCRIPT.VERSION, s.version())
                .set(SCRIPT.ENQUIRY_TYPE, s.enquiryType().name()).set(SCRIPT.TITLE, s.title())
                .set(SCRIPT.DEFINITION, ScriptDocuments.writeScript(s)).set(SCRIPT.ACTIVE, true)
                .set(SCRIPT.CREATED_AT, now).set(SCRIPT.CREATED_BY, by).execute();
    }

    private Snapshot load() {
        Snapshot current = snapshot;
        if (current != null) {
            return current;
        }
        Map<String, Purpose> allPurposes = new LinkedHashMap<>();
        Map<String, Purpose> currentPurposes = new LinkedHashMap<>();
        store.dsl().selectFrom(PURPOSE).orderBy(PURPOSE.CODE, PURPOSE.VERSION).forEach(row -> {
            Purpose p = ScriptDocuments.readPurpose(row.getDefinition());
            allPurposes.put(p.code() + "#" + p.version(), p);
            if (row.getActive()) {
                currentPurposes.put(p.code(), p);
            }
        });
        Map<String, Script> allScripts = new LinkedHashMap<>();
        Map<String, Script> latest = new LinkedHashMap<>();
        store.dsl().selectFrom(SCRIPT).orderBy(SCRIPT.ID, SCRIPT.VERSION).forEach(row -> {
            Script s = ScriptDocuments.readScript(row.getDefinition());
            allScripts.put(s.id() + "#" + s.version(), s);
            if (row.getActive()) {
                latest.put(s.id(), s);
            }
        });
        List<Script> scripts = new ArrayList<>(latest.values());
        scripts.sort(Comparator.comparing(Script::enquiryType).thenComparing(Script::title));
        current = new Snapshot(Map.copyOf(allPurposes), Map.copyOf(allScripts), Map.copyOf(currentPurposes), List.copyOf(scripts));
        snapshot = current;
        return current;
    }
}
