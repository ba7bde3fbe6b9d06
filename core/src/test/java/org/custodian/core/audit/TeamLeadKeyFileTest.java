package org.custodian.core.audit;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.custodian.core.audit.keys.TeamLeadKeyFile;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.keys.TeamLeadPublicKey;
import org.custodian.core.crypto.Argon2Params;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.AuditFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamLeadKeyFileTest {

    static final String PASSPHRASE = "kettle orchard lantern 77";

    @TempDir
    Path dir;

    @Test
    void aKeyFileOpensWithItsPassphraseToTheSameKeys() {
        Path file = dir.resolve("lead.custkey");
        TeamLeadPublicKey created;
        try (TeamLeadKeys keys = TeamLeadKeyFile.create(file, Passphrase.copyOf(PASSPHRASE), Argon2Params.MINIMUM)) {
            created = keys.publicKey();
        }
        try (TeamLeadKeys opened = TeamLeadKeyFile.open(file, Passphrase.copyOf(PASSPHRASE))) {
            assertEquals(created, opened.publicKey());
            assertEquals(created.fingerprint(), opened.publicKey().fingerprint());
            assertEquals(39, created.fingerprint().length(), "eight groups of four hex digits");
        }
        assertEquals(created, TeamLeadPublicKey.parse(created.toText()), "the public part round-trips as text");
    }

    @Test
    void aWrongPassphraseAnAlteredByteAndAnExistingFileAreRefusedByName() throws Exception {
        Path file = dir.resolve("lead.custkey");
        TeamLeadKeyFile.create(file, Passphrase.copyOf(PASSPHRASE), Argon2Params.MINIMUM).close();
        assertEquals(AuditFileException.Reason.KEY_FILE_WRONG_PASSPHRASE, assertThrows(AuditFileException.class,
                () -> TeamLeadKeyFile.open(file, Passphrase.copyOf("kettle orchard lantern 78"))).reason());
        byte[] bytes = Files.readAllBytes(file);
        int publicKeyByte = bytes.length - 80 - 1;
        bytes[publicKeyByte] ^= 1;
        Path altered = dir.resolve("altered.custkey");
        Files.write(altered, bytes);
        assertThrows(AuditFileException.class, () -> TeamLeadKeyFile.open(altered, Passphrase.copyOf(PASSPHRASE)),
                "a swapped public key fails the seal's associated data");
        assertEquals(AuditFileException.Reason.KEY_FILE_EXISTS, assertThrows(AuditFileException.class,
                () -> TeamLeadKeyFile.create(file, Passphrase.copyOf(PASSPHRASE), Argon2Params.MINIMUM)).reason());
        assertEquals(AuditFileException.Reason.PASSPHRASE_TOO_SHORT, assertThrows(AuditFileException.class,
                () -> TeamLeadKeyFile.create(dir.resolve("short"), Passphrase.copyOf("too short"), Argon2Params.MINIMUM)).reason());
    }
}
