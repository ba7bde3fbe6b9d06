package org.custodian.core.events;

/** What happened. Stored by name; never rename a constant, add new ones instead. */
public enum EventAction {
    STORE_CREATED,
    LOGIN,
    LOGIN_FAILED,
    LOGIN_REFUSED_LOCKED,
    ACCOUNT_LOCKED_OUT,
    LOGOUT,
    SESSION_LOCKED,
    SESSION_UNLOCKED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    SETTING_CHANGED,
    CUSTOMER_CREATED,
    CUSTOMER_VIEWED,
    CHAIN_VERIFIED,
    CHECKPOINT_EXPORTED,
    CHECKPOINT_CHECKED
}
