package org.custodian.core.settings;

import static org.custodian.core.store.schema.Tables.SETTING;

import java.time.Duration;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.Store;

/** Store-wide settings that team leads change. */
public final class SettingsService {

    public static final int DEFAULT_IDLE_LOCK_MINUTES = 5;
    public static final int MIN_IDLE_LOCK_MINUTES = 1;
    public static final int MAX_IDLE_LOCK_MINUTES = 60;
    private static final String IDLE_LOCK = "idle_lock_minutes";

    private final Store store;
    private final EventLog events;

    public SettingsService(Store store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    public Duration idleLock() {
        String value = store.dsl().select(SETTING.VAL).from(SETTING).where(SETTING.NAME.eq(IDLE_LOCK)).fetchOne(SETTING.VAL);
        if (value == null) {
            return Duration.ofMinutes(DEFAULT_IDLE_LOCK_MINUTES);
        }
        try {
            return Duration.ofMinutes(Math.max(MIN_IDLE_LOCK_MINUTES, Math.min(MAX_IDLE_LOCK_MINUTES, Integer.parseInt(value))));
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(DEFAULT_IDLE_LOCK_MINUTES);
        }
    }

    public void setIdleLockMinutes(Session session, int minutes) {
        session.require(Role.TEAM_LEAD, "change the idle lock");
        if (minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
            throw new InvalidInputException(new Violation("Lock after", "setting.idle-lock.range",
                    "Lock after: choose between " + MIN_IDLE_LOCK_MINUTES + " and " + MAX_IDLE_LOCK_MINUTES
                            + " minutes.", "house"));
        }
        store.write(tx -> {
            tx.mergeInto(SETTING).using(org.jooq.impl.DSL.selectOne())
                    .on(SETTING.NAME.eq(IDLE_LOCK))
                    .whenMatchedThenUpdate().set(SETTING.VAL, Integer.toString(minutes))
                    .whenNotMatchedThenInsert(SETTING.NAME, SETTING.VAL).values(IDLE_LOCK, Integer.toString(minutes))
                    .execute();
            events.append(tx, EventDraft.of(session.userId(), EventAction.SETTING_CHANGED,
                    Map.of("setting", IDLE_LOCK, "value", Integer.toString(minutes))));
            return null;
        });
    }
}
