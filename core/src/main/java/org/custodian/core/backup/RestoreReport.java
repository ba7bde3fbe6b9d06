package org.custodian.core.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup restored into a new data directory, opened and its event chain verified there. */
public record RestoreReport(Path dataDirectory, Instant backupCreatedAt, long eventCount) {
}
