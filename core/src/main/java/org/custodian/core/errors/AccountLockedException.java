package org.custodian.core.errors;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Too many failed logins in a row: the account (or the name tried) is locked for a while. */
public final class AccountLockedException extends CustodianException {
    private static final long serialVersionUID = 1L;
    private final Instant lockedUntil;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** @param zone the zone the person reads clocks in */
    public AccountLockedException(Instant lockedUntil, ZoneId zone) {
        super("Too many failed attempts: this account is locked until " + TIME.format(lockedUntil.atZone(zone))
                + ". Try again then, or ask a team lead to reset the password.");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
