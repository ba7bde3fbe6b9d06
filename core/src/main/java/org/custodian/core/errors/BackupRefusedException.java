package org.custodian.core.errors;

/** A backup file cannot be used, with the reason; nothing was restored or changed. */
public final class BackupRefusedException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_A_BACKUP("The chosen file is not a Custodian backup. Choose the file the backup was written to."),
        NEWER_FORMAT("The backup was written by a newer version of Custodian. Restore it with that version."),
        TRUNCATED("The backup file is incomplete: it ends before the backup does. Use another copy of the backup."),
        DAMAGED("The backup file is damaged or was altered after it was written, so it is not trusted. "
                + "Use another copy of the backup."),
        NO_KEY_SLOT("No key slot in the backup opens with that name and password. Use the name and password "
                + "of a person who had an account when the backup was written."),
        TARGET_NOT_EMPTY("Restore into a new, empty folder: the chosen folder already holds files."),
        TARGET_IS_BACKUP("The backup cannot be written inside the data directory. Choose a file elsewhere, "
                + "for example on an external drive."),
        TARGET_EXISTS("A file with that name already exists. Choose a new file name for the backup.");

        private final String sentence;

        Reason(String sentence) {
            this.sentence = sentence;
        }
    }

    private final Reason reason;

    public BackupRefusedException(Reason reason) {
        super(reason.sentence);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
