package org.custodian.core.errors;

public final class StoreAlreadyExistsException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public StoreAlreadyExistsException() {
        super("A store already exists in this data directory. Log in to it instead of setting up a new one.");
    }
}
