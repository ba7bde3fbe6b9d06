package org.custodian.core.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.custodian.core.errors.CustodianException;
import org.custodian.core.errors.DataDirectoryReadOnlyException;
import org.custodian.core.errors.DatabaseCorruptException;
import org.custodian.core.errors.KeyRingException;
import org.custodian.core.errors.StorageFailureException;
import org.custodian.core.errors.StorageFailures;
import org.custodian.core.errors.StoreInUseException;
import org.custodian.core.errors.StoreMissingException;

/**
 * Maps H2 failures to typed errors by error code, never by message text (H2's messages can echo values).
 *
 * <p>The data key reaching H2 has already been authenticated by AES-GCM in the key ring, so H2's "encryption
 * error" (90049) here cannot mean a wrong password: the file itself is damaged.
 */
final class H2Errors {

    // org.h2.api.ErrorCode values, named here so the mapping reads as a table.
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final int DATABASE_NOT_FOUND = 90013;
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int IO_EXCEPTION_1 = 90028;
    static final int FILE_CORRUPTED = 90030;
    static final int IO_EXCEPTION_2 = 90031;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int FILE_VERSION_ERROR = 90048;
    static final int DATABASE_IS_READ_ONLY = 90097;
    static final int DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90146;
    static final int GENERAL_ERROR = 50000;
    static final int DATA_CONVERSION_ERROR = 22018;
    static final int TABLE_OR_VIEW_NOT_FOUND = 42102;
    static final int COLUMN_NOT_FOUND = 42122;

    private H2Errors() {
    }

    /** The innermost SQLException in a cause chain (Flyway and jOOQ wrap H2's). */
    static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }

    static CustodianException map(Throwable failure, Path directory, StorageFailures.Probe probe) {
        if (failure instanceof CustodianException typed) {
            return typed;
        }
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return StorageFailures.classify(failure, directory, probe);
        }
        return switch (sql.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> new StoreInUseException();
            case FILE_CORRUPTED, FILE_ENCRYPTION_ERROR, FILE_VERSION_ERROR -> new DatabaseCorruptException();
            // every statement is generated from the migrated schema, so a missing table or column, or a value
            // that no longer converts, means the file is not what Custodian wrote
            case TABLE_OR_VIEW_NOT_FOUND, COLUMN_NOT_FOUND, DATA_CONVERSION_ERROR -> new DatabaseCorruptException();
            case WRONG_USER_OR_PASSWORD -> new KeyRingException(KeyRingException.Problem.MISMATCH);
            case DATABASE_NOT_FOUND, DATABASE_NOT_FOUND_WITH_IF_EXISTS -> new StoreMissingException();
            case DATABASE_IS_READ_ONLY -> new DataDirectoryReadOnlyException();
            case IO_EXCEPTION_1, IO_EXCEPTION_2, GENERAL_ERROR -> StorageFailures.classify(failure, directory, probe);
            default -> new StorageFailureException(failure);
        };
    }
}
