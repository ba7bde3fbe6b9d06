package org.custodian.core.errors;

public final class DiskFullException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public DiskFullException() {
        super("The disk that holds the data directory is full. Free some space, then try again; nothing saved was lost.");
    }
}
