package org.custodian.core.audit.pack;

import java.time.Instant;
import java.util.List;
import org.custodian.core.events.Event;

/**
 * What an audit pack holds once opened: which store made it for whom, the window it covers, a contiguous run of
 * the event chain from {@code firstSeq} (linking to {@code anchorHash}) to the store's head at export, and the
 * entries under review.
 */
public record PackContents(String packId, String storeFingerprint, String recipientFingerprint, Instant createdAt,
                           Instant from, Instant to, Long agentId, long firstSeq, byte[] anchorHash, List<Event> events,
                           List<PackEntry> entries) {

    public PackContents {
        events = List.copyOf(events);
        entries = List.copyOf(entries);
    }

    /** The head of the chain at export: the count and hash a team lead can sign as a checkpoint. */
    public long headCount() {
        return firstSeq + events.size() - 1;
    }
}
