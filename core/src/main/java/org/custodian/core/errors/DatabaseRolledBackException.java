package org.custodian.core.errors;

/**
 * The database opened, but its event log is behind the last state Custodian recorded for it: the file was
 * truncated, rolled back or replaced by an older copy. H2 opens the newest readable version of a damaged file,
 * so without this check such a file would silently lose data.
 */
public final class DatabaseRolledBackException extends DatabaseCorruptException {
    private static final long serialVersionUID = 1L;

    public DatabaseRolledBackException() {
        super("The database file is older than Custodian's last record of it: it was truncated, rolled back or "
                + "replaced. Nothing was changed; restore the latest backup and tell your team lead.");
    }
}
