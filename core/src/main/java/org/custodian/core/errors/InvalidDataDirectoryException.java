package org.custodian.core.errors;

public final class InvalidDataDirectoryException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public InvalidDataDirectoryException(String reason) {
        super("The data directory cannot be used: " + reason + " Set CUSTODIAN_HOME to another folder.");
    }
}
