package org.custodian.core.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup written and verified: where, how large, when, and how many events its log holds. */
public record BackupReport(Path file, long bytes, Instant createdAt, long eventCount) {
}
