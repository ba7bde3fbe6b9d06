package org.custodian.core.errors;

/**
 * A team-lead key file, an audit pack or a review-results file was refused. Each reason is named, so the screen
 * and the tests can tell a wrong passphrase from a tampered pack from a pack meant for someone else.
 */
public final class AuditFileException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        KEY_FILE_UNREADABLE("The team-lead key file cannot be read: it is damaged or not a Custodian key file."),
        KEY_FILE_WRONG_PASSPHRASE("The passphrase does not open this team-lead key file. Check it and try again."),
        KEY_FILE_EXISTS("A team-lead key file already exists there. Choose another file name."),
        PASSPHRASE_TOO_SHORT("Passphrase: use at least 12 characters for a team-lead key file."),
        NOT_A_PACK("This is not a Custodian audit pack."),
        UNSUPPORTED_VERSION("This audit pack was made by a newer version of Custodian."),
        NOT_FOR_THIS_KEY("This audit pack was encrypted for another team lead's key, so it cannot be opened with yours."),
        PACK_DAMAGED("The audit pack has been changed or cut short since the store made it, so it was refused."),
        UNKNOWN_STORE("The audit pack was signed by a store you have not trusted. Check the store's fingerprint first."),
        BAD_SIGNATURE("The audit pack's signature does not match its store's key, so it was refused."),
        CHAIN_BROKEN("The events inside the audit pack do not form an unbroken chain, so it was refused."),
        CONTENT_UNREADABLE("The audit pack's content cannot be read, so it was refused."),
        NOT_REVIEW_RESULTS("This is not a Custodian review-results file."),
        RESULTS_BAD_SIGNATURE("The review results' signature does not verify: the file was changed after it was signed."),
        RESULTS_SIGNER_NOT_REGISTERED("The review results were signed by a team-lead key this store has not registered."),
        RESULTS_OTHER_STORE("These review results are for a pack from another store."),
        RESULTS_ALREADY_IMPORTED("These review results have already been imported."),
        RESULTS_UNKNOWN_ENTRY("The review results name an entry this store does not hold, so none were imported."),
        KEY_NOT_REGISTERED("This team-lead key is not registered in this store: register its public key first."),
        KEY_ALREADY_REGISTERED("This team-lead key is already registered in this store.");

        private final String sentence;

        Reason(String sentence) {
            this.sentence = sentence;
        }

        public String sentence() {
            return sentence;
        }
    }

    private final Reason reason;

    public AuditFileException(Reason reason) {
        super(reason.sentence);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
