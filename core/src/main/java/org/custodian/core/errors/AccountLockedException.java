package org.custodian.core.errors;

import java.time.Instant;

/** Too many failed logins in a row: the account (or the name tried) is locked for a while. */
public final class AccountLockedException extends CustodianException {
    private static final long serialVersionUID = 1L;
    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil, String untilText) {
        super("Too many failed attempts: this account is locked until " + untilText
                + ". Try again then, or ask a team lead to reset the password.");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
