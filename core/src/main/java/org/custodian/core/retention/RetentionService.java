package org.custodian.core.retention;

import static org.custodian.core.store.schema.Tables.SETTING;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.progress.Progress;
import org.custodian.core.store.Store;
import org.jooq.impl.DSL;

/**
 * Retention rules per category of record (stored as settings a team lead edits), the dry run that counts what is
 * past them, and the disposal sweep that removes it. The sweep commits in batches, each with a
 * {@link EventAction#RECORDS_DISPOSED} event naming the category and the count (never the data), so stopping it
 * loses nothing and running it again resumes: it removes whatever is still past its rule.
 */
public final class RetentionService {

    static final int BATCH = 1_000;
    private static final String SETTING_PREFIX = "retention.";
    /**
     * Consent first: whether a consent answer is due depends on the customer's later calls, so it is decided
     * before any call record goes (the dry run counts everything as it stands).
     */
    private static final List<DataCategory> SWEEP_ORDER = List.of(DataCategory.MARKETING_CONSENT,
            DataCategory.INTERACTIONS, DataCategory.IDENTITY_EVIDENCE, DataCategory.DRAFTS);

    private final Store store;
    private final EventLog events;
    private final Clock clock;
    private final DisposalRepository disposals;

    public RetentionService(Store store, org.custodian.core.customers.CustomerRecords records,
                            org.custodian.core.supply.SupplyRepository supply, EventLog events, Clock clock) {
        this.store = store;
        this.disposals = new DisposalRepository(records, supply);
        this.events = events;
        this.clock = clock;
    }

    /** Every category's rule: the team lead's setting, or the category's default. */
    public List<RetentionRule> rules() {
        Map<String, String> stored = new java.util.HashMap<>();
        store.dsl().select(SETTING.NAME, SETTING.VAL).from(SETTING).where(SETTING.NAME.startsWith(SETTING_PREFIX))
                .forEach(r -> stored.put(r.value1(), r.value2()));
        List<RetentionRule> rules = new ArrayList<>();
        for (DataCategory category : DataCategory.values()) {
            rules.add(RetentionRule.parse(category, stored.get(SETTING_PREFIX + category.name()))
                    .orElse(category.defaultRule()));
        }
        return rules;
    }

    public RetentionRule rule(DataCategory category) {
        return rules().get(category.ordinal());
    }

    public void setRule(Session session, RetentionRule rule) {
        session.require(Role.TEAM_LEAD, "change how long records are kept");
        RetentionRules.check(rule).ifPresent(v -> {
            throw new InvalidInputException(v);
        });
        String name = SETTING_PREFIX + rule.category().name();
        store.write(tx -> {
            tx.mergeInto(SETTING).using(DSL.selectOne()).on(SETTING.NAME.eq(name))
                    .whenMatchedThenUpdate().set(SETTING.VAL, rule.stored())
                    .whenNotMatchedThenInsert(SETTING.NAME, SETTING.VAL).values(name, rule.stored()).execute();
            events.append(tx, EventDraft.of(session.userId(), EventAction.RETENTION_RULE_CHANGED, Map.of(
                    "category", rule.category().name(), "amount", Integer.toString(rule.amount()), "unit", rule.unit().name())));
            return null;
        });
    }

    /** What a sweep now would remove: per category, how many records. */
    public DisposalPlan dryRun(Session session) {
        session.require(Role.TEAM_LEAD, "see what retention would dispose of");
        return plan(clock.instant());
    }

    private DisposalPlan plan(Instant now) {
        List<DisposalPlan.Line> lines = new ArrayList<>();
        for (RetentionRule rule : rules()) {
            lines.add(new DisposalPlan.Line(rule, disposals.count(store.dsl(), rule.category(), rule.cutoff(now))));
        }
        return new DisposalPlan(now, lines);
    }

    /**
     * Removes every record past its rule, in batches of 1,000, each committed with its event. {@code progress}
     * hears records removed of those the sweep found due when it started; {@code cancelled} is polled between
     * batches, and a stop is recorded with what was removed so far.
     */
    public SweepResult sweep(Session session, Progress progress, BooleanSupplier cancelled) {
        session.require(Role.TEAM_LEAD, "dispose of records past their retention period");
        DisposalPlan plan = plan(clock.instant());
        long total = plan.total();
        Map<DataCategory, Long> disposed = new EnumMap<>(DataCategory.class);
        long done = 0;
        progress.at(0, total);
        for (DataCategory category : SWEEP_ORDER) {
            RetentionRule rule = plan.lines().get(category.ordinal()).rule();
            Instant cutoff = rule.cutoff(plan.asOf());
            while (true) {
                if (cancelled.getAsBoolean()) {
                    return stopped(session, disposed);
                }
                int removed = store.write(tx -> {
                    List<Long> ids = disposals.next(tx, category, cutoff, BATCH);
                    if (ids.isEmpty()) {
                        return 0;
                    }
                    int count = disposals.dispose(tx, category, ids);
                    events.append(tx, EventDraft.of(session.userId(), EventAction.RECORDS_DISPOSED, Map.of(
                            "category", category.name(), "count", Integer.toString(count),
                            "amount", Integer.toString(rule.amount()), "unit", rule.unit().name())));
                    return count;
                });
                if (removed == 0) {
                    break;
                }
                disposed.merge(category, (long) removed, Long::sum);
                done += removed;
                progress.at(Math.min(done, total), total);
            }
        }
        return new SweepResult(disposed, false);
    }

    private SweepResult stopped(Session session, Map<DataCategory, Long> disposed) {
        long total = disposed.values().stream().mapToLong(Long::longValue).sum();
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.DISPOSAL_SWEEP_STOPPED,
                Map.of("disposed", Long.toString(total)))));
        return new SweepResult(disposed, true);
    }
}
