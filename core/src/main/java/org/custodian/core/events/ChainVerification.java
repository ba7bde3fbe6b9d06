package org.custodian.core.events;

/** The outcome of walking the event chain from the first event to the head. */
public sealed interface ChainVerification {

    /** Every event hashes right and links to the one before. */
    record Intact(long count, byte[] headHash) implements ChainVerification {
    }

    /** The first event that does not verify, and how. */
    record Broken(long seq, Fault fault) implements ChainVerification {
    }

    enum Fault {
        /** The event's content or stored hash was changed. */
        CONTENT_CHANGED,
        /** The event does not link to the hash of the one before (an event was removed, reordered or forged). */
        LINK_BROKEN,
        /** A sequence number is missing. */
        GAP
    }
}
