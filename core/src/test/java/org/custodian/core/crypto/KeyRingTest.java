package org.custodian.core.crypto;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.custodian.core.errors.KeyRingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    private static final Argon2Params FAST = Argon2Params.MINIMUM;

    @TempDir
    Path dir;

    private static Passphrase pw(String s) {
        return Passphrase.copyOf(s);
    }

    private static byte[] raw(Optional<DataKey> key) {
        return key.orElseThrow().raw().clone();
    }

    @Test
    void twoUsersPasswordsUnwrapTheSameDataKey() {
        DataKey key = DataKey.generate();
        KeyRing ring = KeyRing.create("alex.lead", pw("harbour lantern violet 42"), key, FAST)
                .withSlot("sam.agent", pw("copper meadow tram ticket"), key, FAST);
        byte[] viaLead = raw(ring.unwrap("alex.lead", pw("harbour lantern violet 42")));
        byte[] viaAgent = raw(ring.unwrap("sam.agent", pw("copper meadow tram ticket")));
        assertArrayEquals(key.raw(), viaLead);
        assertArrayEquals(viaLead, viaAgent);
    }

    @Test
    void wrongPasswordAndUnknownNameUnwrapNothing() {
        DataKey key = DataKey.generate();
        KeyRing ring = KeyRing.create("alex.lead", pw("harbour lantern violet 42"), key, FAST);
        assertTrue(ring.unwrap("alex.lead", pw("harbour lantern violet 43")).isEmpty());
        assertTrue(ring.unwrap("nobody", pw("harbour lantern violet 42")).isEmpty());
    }

    @Test
    void passwordChangeRewrapsOneSlotOnly() {
        DataKey key = DataKey.generate();
        KeyRing ring = KeyRing.create("alex.lead", pw("harbour lantern violet 42"), key, FAST)
                .withSlot("sam.agent", pw("copper meadow tram ticket"), key, FAST)
                .withSlot("kim.agent", pw("pebble orchard kettle 9"), key, FAST);
        KeyRing changed = ring.withSlot("sam.agent", pw("new river stone bridge"), key, FAST);

        assertArrayEquals(ring.slotBytes("alex.lead").orElseThrow(), changed.slotBytes("alex.lead").orElseThrow());
        assertArrayEquals(ring.slotBytes("kim.agent").orElseThrow(), changed.slotBytes("kim.agent").orElseThrow());
        assertFalse(Arrays.equals(ring.slotBytes("sam.agent").orElseThrow(), changed.slotBytes("sam.agent").orElseThrow()));
        assertTrue(changed.unwrap("sam.agent", pw("copper meadow tram ticket")).isEmpty());
        assertArrayEquals(key.raw(), raw(changed.unwrap("sam.agent", pw("new river stone bridge"))));
        assertEquals(3, changed.slotCount());
    }

    @Test
    void passwordsDifferingOnlyOutsideLatin1NeverCollide() {
        // H2's own file password keeps only the low byte of each char: these pairs would collide there.
        String[][] pairs = {
            {"pässwörd ✓ kettle", "pässwörd ✔ kettle"},
            {"Ā river stone 9", "ā river stone 9"},
            {"\u0141odz harbour gate", "\u0041odz harbour gate"},
            {"月の光 lantern 42", "火の光 lantern 42"},
            {"emoji 🔑 garden gate", "emoji 🔒 garden gate"},
        };
        DataKey key = DataKey.generate();
        for (String[] pair : pairs) {
            byte[] salt = Crypto.randomBytes(16);
            assertFalse(Arrays.equals(Crypto.argon2id(pw(pair[0]), salt, FAST), Crypto.argon2id(pw(pair[1]), salt, FAST)),
                    "derived keys must differ for pair " + Arrays.toString(pair));
            KeyRing ring = KeyRing.create("alex.lead", pw(pair[0]), key, FAST);
            assertTrue(ring.unwrap("alex.lead", pw(pair[1])).isEmpty(), "the other password must not open the slot");
            assertTrue(ring.unwrap("alex.lead", pw(pair[0])).isPresent());
        }
    }

    @Test
    void nfkcEquivalentPasswordsOpenTheSameSlot() {
        DataKey key = DataKey.generate();
        KeyRing ring = KeyRing.create("alex.lead", pw("caf\u00e9 harbour lantern"), key, FAST);
        assertTrue(ring.unwrap("alex.lead", pw("cafe\u0301 harbour lantern")).isPresent(),
                "composed and decomposed accents are the same password");
    }

    @Test
    void longPasswordsAreNeverTruncated() {
        DataKey key = DataKey.generate();
        String base = "a".repeat(200);
        KeyRing ring = KeyRing.create("alex.lead", pw(base + "X"), key, FAST);
        assertTrue(ring.unwrap("alex.lead", pw(base + "Y")).isEmpty());
        assertTrue(ring.unwrap("alex.lead", pw(base + "X")).isPresent());
    }

    @Test
    void fileRoundTripsAndDetectsChangedBytesAnywhere() throws Exception {
        DataKey key = DataKey.generate();
        KeyRingFile file = new KeyRingFile(dir.resolve("keyring.bin"));
        file.write(KeyRing.create("alex.lead", pw("harbour lantern violet 42"), key, FAST)
                .withSlot("sam.agent", pw("copper meadow tram ticket"), key, FAST), key);
        assertTrue(file.unlock("alex.lead", pw("harbour lantern violet 42")).isPresent());

        byte[] original = Files.readAllBytes(file.path());
        int unreadable = 0;
        int tampered = 0;
        int refused = 0;
        for (int i = 0; i < original.length; i += 7) {
            byte[] changed = original.clone();
            changed[i] ^= 0x01;
            Files.write(file.path(), changed);
            try {
                Optional<KeyRingFile.Unlocked> result = file.unlock("alex.lead", pw("harbour lantern violet 42"));
                assertTrue(result.isEmpty(), "a changed byte at " + i + " must never unlock silently");
                refused++;
            } catch (KeyRingException e) {
                if (e.problem() == KeyRingException.Problem.TAMPERED) {
                    tampered++;
                } else {
                    assertEquals(KeyRingException.Problem.UNREADABLE, e.problem());
                    unreadable++;
                }
            }
        }
        assertTrue(tampered > 0 && refused > 0 && unreadable > 0,
                "each kind of damage is seen: tampered=" + tampered + " refused=" + refused + " unreadable=" + unreadable);
    }

    @Test
    void missingAndGarbageFilesAreTypedErrors() throws Exception {
        KeyRingFile file = new KeyRingFile(dir.resolve("keyring.bin"));
        assertEquals(KeyRingException.Problem.MISSING,
                assertThrows(KeyRingException.class, file::readUnverified).problem());
        Files.writeString(file.path(), "not a key ring at all, just some text that is long enough");
        assertEquals(KeyRingException.Problem.UNREADABLE,
                assertThrows(KeyRingException.class, file::readUnverified).problem());
    }

    @Test
    void parametersBelowTheFloorAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(16 * 1024, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(19 * 1024, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(19 * 1024, 2, 0));
    }

    @Test
    void destroyedPassphraseCannotBeUsed() {
        Passphrase passphrase = pw("harbour lantern violet 42");
        passphrase.destroy();
        assertTrue(passphrase.isDestroyed());
        assertThrows(IllegalStateException.class, passphrase::utf8);
        assertEquals("Passphrase[****]", passphrase.toString());
    }
}
