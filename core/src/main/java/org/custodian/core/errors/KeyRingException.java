package org.custodian.core.errors;

/** The key ring (the file of wrapped data keys) cannot be used. The database is never recreated in its place. */
public final class KeyRingException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public enum Problem {
        MISSING("The key ring file is missing from the data directory, so the store cannot be opened. "
                + "Restore the data directory from a backup."),
        UNREADABLE("The key ring file cannot be read: it is damaged or not a Custodian key ring. "
                + "Restore the data directory from a backup."),
        TAMPERED("The key ring file has been altered since Custodian last wrote it, so it is not trusted. "
                + "Restore the data directory from a backup and tell your team lead."),
        MISMATCH("The key ring does not belong to this database. Restore the matching pair from a backup.");

        private final String sentence;

        Problem(String sentence) {
            this.sentence = sentence;
        }
    }

    private final Problem problem;

    public KeyRingException(Problem problem) {
        super(problem.sentence);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
