package org.custodian.core.settings;

import java.util.EnumSet;
import java.util.Set;
import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;

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
    public static final int DEFAULT_CONTACT_STALE_MONTHS = 12;
    public static final int MIN_CONTACT_STALE_MONTHS = 1;
    public static final int MAX_CONTACT_STALE_MONTHS = 60;
    private static final String CONTACT_STALE = "contact_stale_months";

    private static final String VERIFICATION_ITEMS = "verification_items";
    private static final String VERIFICATION_REQUIRED = "verification_required";

    private final Store store;
    private final EventLog events;

    public SettingsService(Store store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    public Duration idleLock() {
        String value = read(IDLE_LOCK);
        if (value == null) {
            return Duration.ofMinutes(DEFAULT_IDLE_LOCK_MINUTES);
        }
        try {
            return Duration.ofMinutes(Math.max(MIN_IDLE_LOCK_MINUTES, Math.min(MAX_IDLE_LOCK_MINUTES, Integer.parseInt(value))));
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(DEFAULT_IDLE_LOCK_MINUTES);
        }
    }

    /** After how many months without confirmation a phone number or email is to be re-confirmed with the caller. */
    public int contactStaleMonths() {
        String value = read(CONTACT_STALE);
        try {
            return value == null ? DEFAULT_CONTACT_STALE_MONTHS
                    : Math.max(MIN_CONTACT_STALE_MONTHS, Math.min(MAX_CONTACT_STALE_MONTHS, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return DEFAULT_CONTACT_STALE_MONTHS;
        }
    }

    public void setContactStaleMonths(Session session, int months) {
        session.require(Role.TEAM_LEAD, "change when contact details need re-confirming");
        if (months < MIN_CONTACT_STALE_MONTHS || months > MAX_CONTACT_STALE_MONTHS) {
            throw new InvalidInputException(new Violation("Re-confirm after", "setting.contact-stale.range",
                    "Re-confirm after: choose between " + MIN_CONTACT_STALE_MONTHS + " and " + MAX_CONTACT_STALE_MONTHS
                            + " months.", "UK GDPR Art 5(1)(d)"));
        }
        write(session, CONTACT_STALE, Integer.toString(months));
    }

    private String read(String name) {
        return store.dsl().select(SETTING.VAL).from(SETTING).where(SETTING.NAME.eq(name)).fetchOne(SETTING.VAL);
    }

    private void write(Session session, String name, String value) {
        store.write(tx -> {
            put(tx, name, value);
            events.append(tx, EventDraft.of(session.userId(), EventAction.SETTING_CHANGED, Map.of("setting", name, "value", value)));
            return null;
        });
    }

    private static void put(org.jooq.DSLContext tx, String name, String value) {
        tx.mergeInto(SETTING).using(org.jooq.impl.DSL.selectOne())
                .on(SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(SETTING.VAL, value)
                .whenNotMatchedThenInsert(SETTING.NAME, SETTING.VAL).values(name, value)
                .execute();
    }

    public void setIdleLockMinutes(Session session, int minutes) {
        session.require(Role.TEAM_LEAD, "change the idle lock");
        if (minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
            throw new InvalidInputException(new Violation("Lock after", "setting.idle-lock.range",
                    "Lock after: choose between " + MIN_IDLE_LOCK_MINUTES + " and " + MAX_IDLE_LOCK_MINUTES
                            + " minutes.", "house"));
        }
        write(session, IDLE_LOCK, Integer.toString(minutes));
    }

    /** The data-protection check callers pass before anything is disclosed: which items, and how many. */
    public VerificationPolicy verificationPolicy() {
        String items = read(VERIFICATION_ITEMS);
        String required = read(VERIFICATION_REQUIRED);
        if (items == null || required == null) {
            return VerificationPolicy.DEFAULT;
        }
        try {
            Set<VerificationItem> chosen = EnumSet.noneOf(VerificationItem.class);
            for (String code : items.split(",")) {
                chosen.add(VerificationItem.valueOf(code));
            }
            int count = Integer.parseInt(required);
            return count >= 1 && count <= chosen.size() ? new VerificationPolicy(chosen, count) : VerificationPolicy.DEFAULT;
        } catch (IllegalArgumentException e) {
            return VerificationPolicy.DEFAULT;
        }
    }

    /**
     * The identity check as its settings page shows it: team leads only. Agents meet the check only as the items a
     * record's panel asks, so they cannot read which combination is accepted off a settings screen.
     */
    public VerificationPolicy verificationPolicy(Session session) {
        session.require(Role.TEAM_LEAD, "see the identity check's settings");
        return verificationPolicy();
    }

    public void setVerificationPolicy(Session session, Set<VerificationItem> items, int required) {
        session.require(Role.TEAM_LEAD, "change the identity check");
        if (items.isEmpty()) {
            throw new InvalidInputException(new Violation("Items to ask", "setting.verification.items",
                    "Items to ask: tick at least one item callers can be asked.", "UK GDPR Art 5(1)(f)"));
        }
        if (required < 1 || required > items.size()) {
            throw new InvalidInputException(new Violation("Correct answers needed", "setting.verification.required", required < 1
                    ? "Correct answers needed: choose at least 1."
                    : "Correct answers needed: choose at most " + items.size() + ", the number of items ticked, or tick more items.",
                    "UK GDPR Art 5(1)(f)"));
        }
        String codes = EnumSet.copyOf(items).stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
        store.write(tx -> {
            put(tx, VERIFICATION_ITEMS, codes);
            put(tx, VERIFICATION_REQUIRED, Integer.toString(required));
            events.append(tx, EventDraft.of(session.userId(), EventAction.SETTING_CHANGED,
                    Map.of("setting", "verification", "value", codes.replace(',', '+') + ":" + required)));
            return null;
        });
    }
}
