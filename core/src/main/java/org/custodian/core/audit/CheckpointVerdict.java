package org.custodian.core.audit;

import org.custodian.core.events.Checkpoint;

/** What a kept, signed checkpoint says about today's log. The signature is checked before anything else. */
public enum CheckpointVerdict {
    /** Signed by a registered team lead for this store, and the log holds its events unchanged. */
    GREW_FROM("The event log only grew since this checkpoint: nothing before it was changed."),
    /** The log has fewer events than the checkpoint recorded. */
    TRUNCATED("The event log has fewer events than this checkpoint recorded: it was cut short."),
    /** The event at the checkpoint's position is not the one signed: rolled back or rewritten. */
    DIVERGED("The event log was rolled back or rewritten since this checkpoint."),
    /** The chain itself does not verify today. */
    CHAIN_BROKEN("The event chain itself is broken, so the checkpoint cannot be compared."),
    /** Not a signed checkpoint (an unsigned one, or another file). */
    NOT_SIGNED("This checkpoint is not signed by a team lead, so it proves nothing and was refused."),
    /** Signed, but the signature does not match its content or its signer's key. */
    BAD_SIGNATURE("This checkpoint's signature does not verify: it was changed or forged, and was refused."),
    /** Signed by a key this store has not registered. */
    SIGNER_NOT_REGISTERED("This checkpoint was signed by a team-lead key this store has not registered."),
    /** Taken of another store. */
    OTHER_STORE("This checkpoint was taken of another store.");

    private final String sentence;

    CheckpointVerdict(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }

    public boolean trusted() {
        return this == GREW_FROM;
    }

    static CheckpointVerdict of(Checkpoint.Comparison comparison) {
        return valueOf(comparison.name());
    }
}
