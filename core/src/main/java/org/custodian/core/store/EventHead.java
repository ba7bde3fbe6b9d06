package org.custodian.core.store;

import static org.custodian.core.store.schema.Tables.EVENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;
import org.custodian.core.errors.DatabaseRolledBackException;
import org.custodian.core.store.schema.tables.records.EventRecord;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last event-log head (count and hash) this store committed, kept beside the database with a MAC under the
 * data key. On open, a database whose log is behind it was truncated or rolled back (H2 quietly opens the newest
 * readable version of a damaged file). A missing file is written afresh: deleting it only removes this check,
 * which the team lead's signed checkpoint still covers.
 */
final class EventHead {

    private static final Logger LOG = LoggerFactory.getLogger(EventHead.class);
    private static final String HEADER = "custodian-event-head v1";
    private final Path file;
    private final RowMac mac;

    EventHead(Path file, RowMac mac) {
        this.file = file;
        this.mac = mac;
    }

    /** Refuses a database whose log does not reach the recorded head. */
    void check(DSLContext dsl) {
        String[] recorded;
        try {
            recorded = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\\R");
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOG.warn("Event head record unreadable ({}); it will be rewritten", e.getClass().getSimpleName());
            return;
        }
        if (recorded.length != 2 || !HEADER.equals(recorded[0])) {
            LOG.warn("Event head record malformed; it will be rewritten");
            return;
        }
        String[] fields = recorded[1].split(" ");
        if (fields.length != 3) {
            LOG.warn("Event head record malformed; it will be rewritten");
            return;
        }
        long count;
        byte[] hash;
        byte[] stored;
        try {
            count = Long.parseLong(fields[0]);
            hash = HexFormat.of().parseHex(fields[1]);
            stored = HexFormat.of().parseHex(fields[2]);
        } catch (IllegalArgumentException e) {
            LOG.warn("Event head record malformed; it will be rewritten");
            return;
        }
        if (!mac.matches(stored, "event-head", count, hash)) {
            // not written under this store's key: altered, or from another store; not evidence about this file
            LOG.warn("Event head record does not verify under this store's key; it will be rewritten");
            return;
        }
        EventRecord at = dsl.selectFrom(EVENT).where(EVENT.SEQ.eq(count)).fetchOne();
        if (count > 0 && (at == null || !Arrays.equals(at.getHash(), hash))) {
            throw new DatabaseRolledBackException();
        }
    }

    /** Records the current head; called after each committed write. Failure to record is logged, not fatal. */
    void record(DSLContext dsl) {
        EventRecord head = dsl.selectFrom(EVENT).orderBy(EVENT.SEQ.desc()).limit(1).fetchOne();
        long count = head == null ? 0 : head.getSeq();
        byte[] hash = head == null ? new byte[32] : head.getHash();
        String text = HEADER + "\n" + count + " " + HexFormat.of().formatHex(hash) + " "
                + HexFormat.of().formatHex(mac.of("event-head", count, hash)) + "\n";
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Event head record could not be written ({})", e.getClass().getSimpleName());
        }
    }
}
