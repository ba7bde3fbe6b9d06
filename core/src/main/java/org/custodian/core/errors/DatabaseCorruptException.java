package org.custodian.core.errors;

public class DatabaseCorruptException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public DatabaseCorruptException() {
        super("The database file is damaged and cannot be opened. Nothing was changed; restore it from a backup.");
    }

    protected DatabaseCorruptException(String userMessage) {
        super(userMessage);
    }
}
