package org.custodian.core.errors;

/** A stored row failed its MAC check: it was changed outside Custodian. Its content is never shown. */
public final class IntegrityException extends CustodianException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final long rowId;

    public IntegrityException(String table, long rowId) {
        super("A stored record failed its integrity check and was not shown. Tell your team lead: the store may have been altered.");
        this.table = table;
        this.rowId = rowId;
    }

    public String table() {
        return table;
    }

    public long rowId() {
        return rowId;
    }
}
