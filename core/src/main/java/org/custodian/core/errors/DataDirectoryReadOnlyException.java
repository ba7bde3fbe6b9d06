package org.custodian.core.errors;

public final class DataDirectoryReadOnlyException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public DataDirectoryReadOnlyException() {
        super("The data directory is read-only. Fix its permissions or set CUSTODIAN_HOME to a folder you can write to.");
    }
}
