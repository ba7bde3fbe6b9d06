package org.custodian.core.events;

import java.util.Arrays;

/**
 * Verifies a contiguous run of events without a database: the whole log from the first event, or the slice an
 * audit pack carries (starting from an anchor hash the store signed). Pure, so an auditor's machine can run it.
 */
public final class EventRun {

    private EventRun() {
    }

    /**
     * @param firstSeq   the sequence number the run must start at
     * @param anchorHash the hash the first event must link to (32 zero bytes for the very first event)
     */
    public static ChainVerification verify(Iterable<Event> events, long firstSeq, byte[] anchorHash) {
        byte[] expectedPrev = anchorHash;
        long expectedSeq = firstSeq;
        for (Event event : events) {
            if (event.seq() != expectedSeq) {
                return new ChainVerification.Broken(expectedSeq, ChainVerification.Fault.GAP);
            }
            if (!Arrays.equals(ChainHash.of(event), event.hash())) {
                return new ChainVerification.Broken(event.seq(), ChainVerification.Fault.CONTENT_CHANGED);
            }
            if (!Arrays.equals(event.prevHash(), expectedPrev)) {
                return new ChainVerification.Broken(event.seq(), ChainVerification.Fault.LINK_BROKEN);
            }
            expectedPrev = event.hash();
            expectedSeq++;
        }
        return new ChainVerification.Intact(expectedSeq - firstSeq, expectedPrev);
    }
}
