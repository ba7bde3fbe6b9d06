package org.custodian.core.errors;

public final class StoreInUseException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public StoreInUseException() {
        super("The store is already open in another Custodian window. Close that one, then try again.");
    }
}
