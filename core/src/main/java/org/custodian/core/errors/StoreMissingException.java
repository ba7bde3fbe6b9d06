package org.custodian.core.errors;

public final class StoreMissingException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public StoreMissingException() {
        super("The key ring is here but the database file is missing, so nothing can be opened. "
                + "Restore the data directory from a backup.");
    }
}
