package org.custodian.core.errors;

public final class StorageFailureException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public StorageFailureException(Throwable cause) {
        super("The data directory could not be read or written. Check the disk, then try again.", cause);
    }
}
