package org.custodian.core.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a team lead keeps after an audit: how many events there were and the hash of the last. A later log must
 * hold at least as many events and the same hash at that position, or it was truncated or rolled back.
 */
public record Checkpoint(long count, byte[] headHash, Instant takenAt) {

    private static final String HEADER = "custodian-checkpoint v1";

    public String toText() {
        return HEADER + "\ncount=" + count + "\nhead=" + HexFormat.of().formatHex(headHash) + "\ntaken=" + takenAt + "\n";
    }

    public byte[] toBytes() {
        return toText().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses {@link #toText()}; throws IllegalArgumentException naming what is wrong. */
    public static Checkpoint parse(String text) {
        String[] lines = text.strip().split("\\R");
        if (lines.length != 4 || !HEADER.equals(lines[0])) {
            throw new IllegalArgumentException("This is not a Custodian checkpoint file.");
        }
        try {
            long count = Long.parseLong(value(lines[1], "count"));
            byte[] head = HexFormat.of().parseHex(value(lines[2], "head"));
            Instant taken = Instant.parse(value(lines[3], "taken"));
            if (count < 0 || head.length != 32) {
                throw new IllegalArgumentException("bad values");
            }
            return new Checkpoint(count, head, taken);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The checkpoint file is damaged: its values cannot be read.");
        }
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + "=")) {
            throw new IllegalArgumentException("missing " + key);
        }
        return line.substring(key.length() + 1);
    }

    /** The outcome of comparing today's log with a kept checkpoint. */
    public enum Comparison {
        /** The log holds the checkpoint's events unchanged and may have grown since. */
        GREW_FROM,
        /** The log has fewer events than the checkpoint recorded. */
        TRUNCATED,
        /** The event at the checkpoint's position is not the one recorded: rolled back or rewritten. */
        DIVERGED,
        /** The chain itself does not verify. */
        CHAIN_BROKEN
    }
}
