package org.custodian.core.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.custodian.core.errors.*;
import org.junit.jupiter.api.Test;

class H2ErrorsTest {

    private static final Path DIR = Path.of("/data/custodian");

    /** A disk described by the test: how much space, and whether it can be written. */
    private static StorageFailures.Probe disk(long usable, boolean writable) {
        return new StorageFailures.Probe() {
            @Override
            public long usableBytes(Path directory) {
                return usable;
            }

            @Override
            public boolean writable(Path directory) {
                return writable;
            }
        };
    }

    private static final StorageFailures.Probe HEALTHY = disk(10L << 30, true);

    private static CustodianException map(int code) {
        // wrapped the way Flyway and jOOQ wrap H2's exception
        return H2Errors.map(new RuntimeException("wrapper", new SQLException("H2 said something with a value", "HY000", code)),
                DIR, HEALTHY);
    }

    @Test
    void errorCodesMapToTypedErrors() {
        assertInstanceOf(StoreInUseException.class, map(90020));
        assertInstanceOf(DatabaseCorruptException.class, map(90030));
        assertInstanceOf(DatabaseCorruptException.class, map(90049));
        assertInstanceOf(StoreMissingException.class, map(90146));
        assertInstanceOf(DataDirectoryReadOnlyException.class, map(90097));
        assertEquals(KeyRingException.Problem.MISMATCH, ((KeyRingException) map(28000)).problem());
        assertInstanceOf(StorageFailureException.class, map(42000));
        assertInstanceOf(DatabaseCorruptException.class, map(42102), "a table missing from an opened store");
        assertInstanceOf(DatabaseCorruptException.class, map(42122), "a column missing");
        assertInstanceOf(DatabaseCorruptException.class, map(22018), "a stored value that no longer converts");
    }

    @Test
    void ioErrorsAreClassifiedByLookingAtTheDisk() {
        SQLException io = new SQLException("IO Exception", "HY000", 90028);
        assertInstanceOf(DiskFullException.class, H2Errors.map(io, DIR, disk(1024, true)));
        assertInstanceOf(DataDirectoryReadOnlyException.class, H2Errors.map(io, DIR, disk(10L << 30, false)));
        assertInstanceOf(StorageFailureException.class, H2Errors.map(io, DIR, HEALTHY));
        assertInstanceOf(DiskFullException.class, StorageFailures.classify(new IOException("x"), DIR, disk(0, true)));
    }

    @Test
    void userMessagesAreOnePlainSentenceWithoutTheDatabaseText() {
        for (int code : new int[] {90020, 90030, 90049, 90146, 90097, 28000, 42000}) {
            String message = map(code).userMessage();
            assertFalse(message.contains("H2 said"), message);
            assertFalse(message.contains("Exception"), message);
            assertTrue(message.endsWith("."), message);
        }
    }

    @Test
    void aDataDirectoryPathCannotCarryUrlSettings() {
        assertThrows(InvalidDataDirectoryException.class, () -> DataDirectory.at(Path.of("/tmp/x;CIPHER=NONE")));
        assertThrows(InvalidDataDirectoryException.class, () -> DataDirectory.at(Path.of("/tmp/a\nb")));
    }

    @Test
    void checksBeforeWritingRefuseAFullOrReadOnlyDisk() {
        assertThrows(DiskFullException.class, () -> StorageFailures.checkWritable(DIR, disk(1, true)));
        assertThrows(DataDirectoryReadOnlyException.class, () -> StorageFailures.checkWritable(DIR, disk(10L << 30, false)));
    }

    @Test
    void setUpOnAReadOnlyDirectoryCreatesNothing(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        DataDirectory directory = DataDirectory.at(tmp, disk(10L << 30, false));
        try (org.custodian.core.crypto.DataKey key = org.custodian.core.crypto.DataKey.generate()) {
            assertThrows(DataDirectoryReadOnlyException.class, () -> Store.createForSetup(directory, key));
        }
        try (var files = java.nio.file.Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void defaultLocationHonoursCustodianHome() {
        Path home = Path.of("/home/sam");
        assertEquals(Path.of("/srv/custodian"), DataDirectory.defaultLocation(
                java.util.Map.of("CUSTODIAN_HOME", "/srv/custodian"), "Linux", home));
        assertEquals(home.resolve(".local/share/custodian"), DataDirectory.defaultLocation(java.util.Map.of(), "Linux", home));
        assertEquals(home.resolve("Library/Application Support/Custodian"),
                DataDirectory.defaultLocation(java.util.Map.of(), "Mac OS X", home));
    }
}
