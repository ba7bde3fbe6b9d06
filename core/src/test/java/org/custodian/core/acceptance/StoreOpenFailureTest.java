package org.custodian.core.acceptance;

import static org.custodian.core.workspace.TestStores.AGENT;
import static org.custodian.core.workspace.TestStores.AGENT_NAME;
import static org.custodian.core.workspace.TestStores.AGENT_PASSWORD;
import static org.custodian.core.workspace.TestStores.LEAD;
import static org.custodian.core.workspace.TestStores.LEAD_PASSWORD;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.pw;
import static org.custodian.core.workspace.TestStores.setUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.DataKey;
import org.custodian.core.crypto.KeyRing;
import org.custodian.core.crypto.KeyRingFile;
import org.custodian.core.errors.DatabaseCorruptException;
import org.custodian.core.errors.InvalidDataDirectoryException;
import org.custodian.core.errors.KeyRingException;
import org.custodian.core.errors.StoreAlreadyExistsException;
import org.custodian.core.errors.StoreMissingException;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.store.DataDirectory.StoreState;
import org.custodian.core.store.Store;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be opened is refused with the typed error that says why, and nothing is created, replaced
 * or "repaired" in its place: the directory is byte-for-byte as it was.
 */
class StoreOpenFailureTest {

    @TempDir
    static Path templateRoot;

    private static Path template;
    /** reference -> name of every customer in the template. */
    private static final Map<String, String> CUSTOMERS = new TreeMap<>();

    @TempDir
    Path dir;

    private Path data;
    private Custodian custodian;

    /** One store with a lead, an agent and a customer, copied into each test (saves two key derivations a test). */
    @BeforeAll
    static void prepareTemplate() {
        template = templateRoot.resolve("template");
        Custodian c = custodian(template);
        try (Workspace lead = setUp(c)) {
            lead.users().add(lead.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
            for (int i = 0; i < 50; i++) {
                String name = "Sam Sample " + i;
                CUSTOMERS.put(lead.customers().register(lead.session(), name).reference(), name);
            }
            lead.logOut();
        }
    }

    @BeforeEach
    void copyTemplate() throws IOException {
        data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(template)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        custodian = custodian(data);
    }

    private Path ring() {
        return data.resolve("keyring.bin");
    }

    private Path db() {
        return data.resolve("custodian.mv.db");
    }

    @Test
    void controlTheCopiedStoreOpens() {
        assertEquals(StoreState.READY, custodian.state());
        custodian.logIn(LEAD, pw(LEAD_PASSWORD)).logOut();
        custodian.logIn(AGENT, pw(AGENT_PASSWORD)).logOut();
    }

    // ---------------------------------------------------------------- key ring

    @Test
    void aDeletedKeyRingIsMissingAndNothingIsCreatedInItsPlace() throws IOException {
        Files.delete(ring());
        Map<String, String> before = snapshot(data);
        assertEquals(StoreState.KEY_RING_MISSING, custodian.state());
        KeyRingException e = assertThrows(KeyRingException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));
        assertEquals(KeyRingException.Problem.MISSING, e.problem());
        assertEquals(KeyRingException.Problem.MISSING,
                assertThrows(KeyRingException.class, () -> custodian.logIn(AGENT, pw(AGENT_PASSWORD))).problem());
        // first-run set-up must not make a new store over the old database
        assertThrows(StoreAlreadyExistsException.class, () -> setUp(custodian));
        assertEquals(StoreState.KEY_RING_MISSING, custodian.state());
        assertEquals(before, snapshot(data), "the data directory changed");
    }

    @Test
    void aFlippedByteAnywhereInAnotherUsersSlotIsTampered() throws IOException {
        byte[] original = Files.readAllBytes(ring());
        KeyRing parsed = new KeyRingFile(ring()).readUnverified();
        byte[] agentSlot = parsed.slotBytes(AGENT).orElseThrow();
        byte[] leadSlot = parsed.slotBytes(LEAD).orElseThrow();
        int at = (int) PlaintextScan.indexOf(original, agentSlot);
        int leadAt = (int) PlaintextScan.indexOf(original, leadSlot);
        assertTrue(at > 0 && leadAt > 0, "both slots are in the file");
        assertTrue(at >= leadAt + leadSlot.length || leadAt >= at + agentSlot.length, "slots do not overlap");
        // slot layout: id(32) memory(4) iterations(2) parallelism(1) salt(16) nonce(12) wrapped key and tag(48)
        int[] offsets = {0, 31, 35, 39, 45, 55, 67, 80, agentSlot.length - 1};
        for (int offset : offsets) {
            byte[] tampered = original.clone();
            tampered[at + offset] ^= 0x01;
            Files.write(ring(), tampered);
            Map<String, String> before = snapshot(data);
            KeyRingException e = assertThrows(KeyRingException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)),
                    "flipped byte " + offset + " of the agent's slot");
            assertEquals(KeyRingException.Problem.TAMPERED, e.problem(), "flipped byte " + offset + " of the agent's slot");
            assertEquals(before, snapshot(data), "nothing rewritten after a refusal (byte " + offset + ")");
        }
        Files.write(ring(), original);
        custodian.logIn(LEAD, pw(LEAD_PASSWORD)).logOut(); // control: the untouched ring opens
    }

    @Test
    void aFlippedByteInTheTrailingMacOrTheHeaderIsTampered() throws IOException {
        byte[] original = Files.readAllBytes(ring());
        for (int position : new int[] {original.length - 1, original.length - 32, original.length - 17}) {
            byte[] tampered = original.clone();
            tampered[position] ^= (byte) 0x80;
            Files.write(ring(), tampered);
            Map<String, String> before = snapshot(data);
            KeyRingException e = assertThrows(KeyRingException.class, () -> custodian.logIn(AGENT, pw(AGENT_PASSWORD)));
            assertEquals(KeyRingException.Problem.TAMPERED, e.problem(), "MAC byte at " + position);
            assertEquals(before, snapshot(data));
        }
        // the slot count: a ring claiming fewer slots is not a ring with the last slot silently dropped
        byte[] fewer = original.clone();
        int countAt = 8 + 2 + 16 + 3; // magic, version, ring salt, low byte of the count
        assertEquals(2, fewer[countAt]);
        fewer[countAt] = 1;
        Files.write(ring(), fewer);
        assertEquals(KeyRingException.Problem.UNREADABLE,
                assertThrows(KeyRingException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD))).problem());
    }

    @Test
    void aRemovedSlotIsTampered() throws IOException {
        // cut the agent's slot out and fix the count: a well-formed ring the MAC no longer covers
        byte[] original = Files.readAllBytes(ring());
        KeyRing parsed = new KeyRingFile(ring()).readUnverified();
        byte[] agentSlot = parsed.slotBytes(AGENT).orElseThrow();
        int at = (int) PlaintextScan.indexOf(original, agentSlot);
        byte[] cut = new byte[original.length - agentSlot.length];
        System.arraycopy(original, 0, cut, 0, at);
        System.arraycopy(original, at + agentSlot.length, cut, at, original.length - at - agentSlot.length);
        cut[8 + 2 + 16 + 3] = 1;
        Files.write(ring(), cut);
        assertEquals(KeyRingException.Problem.TAMPERED,
                assertThrows(KeyRingException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD))).problem());
    }

    @Test
    void aTruncatedEmptyOrGarbageKeyRingIsUnreadable() throws IOException {
        byte[] original = Files.readAllBytes(ring());
        Random random = new Random(20261124L);
        byte[] garbage = new byte[original.length];
        random.nextBytes(garbage);
        byte[] wrongVersion = original.clone();
        wrongVersion[9] ^= 0x02;
        byte[] longer = java.util.Arrays.copyOf(original, original.length + 1);
        Map<String, byte[]> damaged = new TreeMap<>(Map.of(
                "empty", new byte[0],
                "half", java.util.Arrays.copyOf(original, original.length / 2),
                "one byte short", java.util.Arrays.copyOf(original, original.length - 1),
                "one byte longer", longer,
                "random bytes", garbage,
                "text", "not a key ring\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "unknown version", wrongVersion));
        for (Map.Entry<String, byte[]> d : damaged.entrySet()) {
            Files.write(ring(), d.getValue());
            Map<String, String> before = snapshot(data);
            KeyRingException e = assertThrows(KeyRingException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)), d.getKey());
            assertEquals(KeyRingException.Problem.UNREADABLE, e.problem(), d.getKey());
            assertEquals(before, snapshot(data), d.getKey());
        }
    }

    // ---------------------------------------------------------------- database file

    @Test
    void aDatabaseFileOverwrittenInTheMiddleIsCorruptAndLeftAsItWas() throws IOException {
        long length = Files.size(db());
        assertTrue(length > 3 * 4096, "database file size " + length);
        byte[] noise = new byte[(int) (length - 2 * 4096 - 4096)];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile file = new RandomAccessFile(db().toFile(), "rw")) {
            file.seek(2 * 4096); // past both file headers, up to the last block
            file.write(noise);
        }
        expectCorruptAndUntouched();
    }

    @Test
    void aTruncatedDatabaseFileIsCorruptAndLeftAsItWas() throws IOException {
        long length = Files.size(db());
        try (RandomAccessFile file = new RandomAccessFile(db().toFile(), "rw")) {
            file.setLength(length / 2);
        }
        expectCorruptAndUntouched();
    }

    private void expectCorruptAndUntouched() throws IOException {
        Map<String, String> before = snapshot(data);
        assertThrows(DatabaseCorruptException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));
        assertThrows(DatabaseCorruptException.class, () -> custodian.logIn(AGENT, pw(AGENT_PASSWORD)));
        assertThrows(StoreAlreadyExistsException.class, () -> setUp(custodian));
        assertEquals(before, snapshot(data), "the damaged store must be left exactly as it was");
    }

    @Test
    void aDeletedDatabaseIsMissingAndNothingIsCreated() throws IOException {
        Files.delete(db());
        Map<String, String> before = snapshot(data);
        assertEquals(StoreState.DATABASE_MISSING, custodian.state());
        assertThrows(StoreMissingException.class, () -> custodian.logIn(LEAD, pw(LEAD_PASSWORD)));
        assertThrows(StoreMissingException.class, () -> custodian.logIn("nobody.here", pw("not a password at all")));
        assertThrows(StoreAlreadyExistsException.class, () -> setUp(custodian));
        assertEquals(StoreState.DATABASE_MISSING, custodian.state());
        assertEquals(before, snapshot(data), "no database may appear");
        assertFalse(Files.exists(db()));
    }

    /**
     * H2's AES encryption does not authenticate: a flipped byte in the file either stops the store opening, or
     * garbles what it decrypts to. Either way no customer may be shown with a name other than the one saved: each
     * read returns the saved name or a typed refusal (never a raw library exception), and the chain verifies or
     * names a broken event.
     */
    @Test
    void aFlippedByteAnywhereInTheDatabaseFileIsNeverShownAsData() throws IOException {
        long seed = 20261124L;
        Random random = new Random(seed);
        byte[] original = Files.readAllBytes(db());
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int round = 0; round < 10; round++) {
            int position = 2 * 4096 + random.nextInt(original.length - 2 * 4096);
            byte[] damaged = original.clone();
            damaged[position] ^= (byte) (1 << random.nextInt(8));
            Files.write(db(), damaged);
            String where = "byte " + position + " of " + original.length + " (seed " + seed + ")";
            String outcome;
            Workspace lead;
            try {
                lead = custodian.logIn(LEAD, pw(LEAD_PASSWORD));
            } catch (org.custodian.core.errors.CustodianException e) {
                outcomes.merge("refused at login: " + e.getClass().getSimpleName(), 1, Integer::sum);
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("untyped failure at login after flipping " + where, e);
            }
            try (lead) {
                int shown = 0;
                int refused = 0;
                for (Map.Entry<String, String> c : CUSTOMERS.entrySet()) {
                    try {
                        java.util.Optional<org.custodian.core.customers.Customer> found =
                                lead.customers().open(lead.session(), c.getKey(), "ACCOUNT_QUERY");
                        if (found.isPresent()) {
                            assertEquals(c.getValue(), found.get().fullName(), "a wrong name shown after flipping " + where);
                            shown++;
                        } else {
                            refused++; // not found: missing, but nothing false shown
                        }
                    } catch (org.custodian.core.errors.CustodianException e) {
                        refused++;
                    } catch (RuntimeException e) {
                        throw new AssertionError("untyped failure reading a customer after flipping " + where, e);
                    }
                }
                outcome = refused == 0 ? "opened, all customers intact" : "opened, " + refused + " customers refused";
                assertTrue(shown + refused == CUSTOMERS.size());
            }
            outcomes.merge(outcome, 1, Integer::sum);
            Files.write(db(), original);
        }
        System.out.println("Flipped-byte outcomes: " + outcomes);
    }

    /**
     * The fast path of the same property, many times: {@link Store#open} with the key the key ring authenticated,
     * on a fresh copy per flip (so one damaged open cannot hold the file lock for the next). A database H2 cannot
     * read is damaged; the disk is fine, so "check the disk" would send the person the wrong way.
     */
    @Test
    void aDatabaseGarbledByAFlippedByteIsRefusedAsCorruptNeverAsADiskProblem() throws IOException {
        long seed = 424242L;
        Random random = new Random(seed);
        byte[] original = Files.readAllBytes(db());
        int refused = 0;
        try (DataKey key = new KeyRingFile(ring()).unlock(LEAD, pw(LEAD_PASSWORD)).orElseThrow().dataKey()) {
            for (int i = 0; i < 300; i++) {
                int position = 2 * 4096 + random.nextInt(original.length - 2 * 4096);
                byte[] damaged = original.clone();
                damaged[position] ^= (byte) (1 << random.nextInt(8));
                Path copy = Files.createDirectories(dir.resolve("flip-" + i));
                Files.write(copy.resolve("custodian.mv.db"), damaged);
                try (Store store = Store.open(DataDirectory.at(copy), key)) {
                    assertTrue(store.dsl() != null);
                } catch (DatabaseCorruptException e) {
                    refused++;
                } catch (RuntimeException e) {
                    throw new AssertionError("flipped byte " + position + " (seed " + seed + ", flip " + i
                            + ") was refused as " + e.getClass().getSimpleName() + " " + h2Codes(e), e);
                }
            }
        }
        assertTrue(refused > 0, "some flips hit live pages, so refusals were exercised");
        System.out.println("Flipped bytes refused as corrupt at open: " + refused + " of 300");
    }

    private static String h2Codes(Throwable e) {
        StringBuilder codes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                codes.append(codes.length() == 0 ? "(H2 codes " : ", ").append(sql.getErrorCode());
            }
        }
        return codes.length() == 0 ? "" : codes.append(')').toString();
    }

    // ---------------------------------------------------------------- data directory

    @Test
    void aDataDirectoryWhosePathContainsASemicolonIsRefusedBeforeAnythingIsCreated() throws IOException {
        for (String name : List.of("a;CIPHER=NONE", "x;IFEXISTS=FALSE;ACCESS_MODE_DATA=r", "trailing;")) {
            Path path = dir.resolve(name);
            assertThrows(InvalidDataDirectoryException.class, () -> DataDirectory.at(path), name);
            assertThrows(InvalidDataDirectoryException.class, () -> custodian(path), name);
            assertFalse(Files.exists(path), name);
        }
        Path parent = dir.resolve("p;q").resolve("data");
        assertThrows(InvalidDataDirectoryException.class, () -> DataDirectory.at(parent));
        assertThrows(InvalidDataDirectoryException.class, () -> DataDirectory.at(dir.resolve("new\nline")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(data), left.toList(), "nothing was created beside the store");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Every path under the directory (directories too) with a digest of each file's bytes. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String key = root.relativize(p).toString();
                out.put(key, Files.isDirectory(p) ? "dir" : HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
