package org.custodian.core.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.custodian.core.errors.KeyRingException;
import org.custodian.core.errors.KeyRingException.Problem;

/**
 * The key ring: one slot per user, each holding the store's data key wrapped (AES-256-GCM) under a key derived
 * from that user's password with Argon2id. Immutable: changes return a new ring, which {@link KeyRingFile}
 * writes atomically.
 *
 * <p>A slot is found by a salted hash of the login name, so the file holds no names. The slot header (id,
 * Argon2 parameters, salt) is the GCM associated data, so costs cannot be lowered unnoticed, and a MAC under a
 * key derived from the data key covers the whole file, so a removed, added or altered slot is detected as soon
 * as any user unlocks. Format: docs/decisions/0002-keys-and-key-ring.md.
 */
public final class KeyRing {

    static final byte[] MAGIC = "CUSTKEYR".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    private static final int MAX_SLOTS = 10_000;
    private static final int WRAPPED_BYTES = Crypto.KEY_BYTES + Crypto.TAG_BITS / 8;

    private final byte[] ringSalt;
    private final List<Slot> slots;

    private KeyRing(byte[] ringSalt, List<Slot> slots) {
        this.ringSalt = ringSalt;
        this.slots = List.copyOf(slots);
    }

    /** A new ring holding one slot. */
    public static KeyRing create(String accountName, Passphrase passphrase, DataKey dataKey, Argon2Params params) {
        return new KeyRing(Crypto.randomBytes(Crypto.SALT_BYTES), List.of())
                .withSlot(accountName, passphrase, dataKey, params);
    }

    /** The pseudonymous id a login name's slot is filed under; also keys lockout state outside the store. */
    public byte[] slotId(String accountName) {
        return Crypto.sha256("custodian/slot-id/v1".getBytes(StandardCharsets.US_ASCII), ringSalt,
                accountName.getBytes(StandardCharsets.UTF_8));
    }

    public boolean hasSlot(String accountName) {
        return find(slotId(accountName)).isPresent();
    }

    public int slotCount() {
        return slots.size();
    }

    /**
     * Unwraps the data key with this account's password. Empty when there is no such slot or the password is
     * wrong; for an unknown name the same Argon2id work is done so the answer takes the same time.
     */
    public Optional<DataKey> unwrap(String accountName, Passphrase passphrase) {
        Optional<Slot> slot = find(slotId(accountName));
        if (slot.isEmpty()) {
            byte[] wasted = Crypto.argon2id(passphrase, Crypto.randomBytes(Crypto.SALT_BYTES), Argon2Params.DEFAULT);
            Arrays.fill(wasted, (byte) 0);
            return Optional.empty();
        }
        return slot.get().unwrap(passphrase);
    }

    /** Throws {@link KeyRingException} (tampered) unless the file MAC verifies under this data key. */
    public void verify(DataKey dataKey, byte[] storedMac) {
        byte[] macKey = dataKey.keyRingMacKey();
        try {
            if (!Crypto.sameBytes(Crypto.hmac(macKey, body()), storedMac)) {
                throw new KeyRingException(Problem.TAMPERED);
            }
        } finally {
            Arrays.fill(macKey, (byte) 0);
        }
    }

    /** A ring where this account's slot wraps the data key under the given password (added or replaced). */
    public KeyRing withSlot(String accountName, Passphrase passphrase, DataKey dataKey, Argon2Params params) {
        byte[] id = slotId(accountName);
        List<Slot> next = new ArrayList<>(slots.size() + 1);
        for (Slot slot : slots) {
            if (!Arrays.equals(slot.id, id)) {
                next.add(slot);
            }
        }
        next.add(Slot.wrap(id, passphrase, dataKey, params));
        return new KeyRing(ringSalt, next);
    }

    /** A ring without this account's slot: that password no longer opens the store. */
    public KeyRing withoutSlot(String accountName) {
        byte[] id = slotId(accountName);
        return new KeyRing(ringSalt, slots.stream().filter(s -> !Arrays.equals(s.id, id)).toList());
    }

    /** Bytes of one slot, for tests that prove a password change rewraps one slot only. */
    public Optional<byte[]> slotBytes(String accountName) {
        return find(slotId(accountName)).map(Slot::bytes);
    }

    private Optional<Slot> find(byte[] id) {
        return slots.stream().filter(s -> Arrays.equals(s.id, id)).findFirst();
    }

    /** The file: body followed by its MAC. */
    byte[] toFileBytes(DataKey dataKey) {
        byte[] body = body();
        byte[] macKey = dataKey.keyRingMacKey();
        try {
            byte[] mac = Crypto.hmac(macKey, body);
            byte[] file = Arrays.copyOf(body, body.length + mac.length);
            System.arraycopy(mac, 0, file, body.length, mac.length);
            return file;
        } finally {
            Arrays.fill(macKey, (byte) 0);
        }
    }

    private byte[] body() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeShort(VERSION);
            out.write(ringSalt);
            out.writeInt(slots.size());
            for (Slot slot : slots) {
                out.write(slot.bytes());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a key-ring file. Returns the ring and the stored MAC (checked once a data key is known). */
    static Parsed parse(byte[] file) {
        if (file.length < MAGIC.length + 2 + Crypto.SALT_BYTES + 4 + 32) {
            throw new KeyRingException(Problem.UNREADABLE);
        }
        int bodyLength = file.length - 32;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file, 0, bodyLength))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readUnsignedShort() != VERSION) {
                throw new KeyRingException(Problem.UNREADABLE);
            }
            byte[] salt = in.readNBytes(Crypto.SALT_BYTES);
            int count = in.readInt();
            if (count < 0 || count > MAX_SLOTS) {
                throw new KeyRingException(Problem.UNREADABLE);
            }
            List<Slot> slots = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                slots.add(Slot.read(in));
            }
            if (in.available() != 0) {
                throw new KeyRingException(Problem.UNREADABLE);
            }
            return new Parsed(new KeyRing(salt, slots), Arrays.copyOfRange(file, bodyLength, file.length));
        } catch (IOException | IllegalArgumentException e) {
            throw new KeyRingException(Problem.UNREADABLE);
        }
    }

    static Parsed read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new KeyRingException(Problem.MISSING);
        } catch (IOException e) {
            throw new KeyRingException(Problem.UNREADABLE);
        }
    }

    record Parsed(KeyRing ring, byte[] mac) {
    }

    private record Slot(byte[] id, Argon2Params params, byte[] salt, byte[] nonce, byte[] wrapped) {

        static Slot wrap(byte[] id, Passphrase passphrase, DataKey dataKey, Argon2Params params) {
            byte[] salt = Crypto.randomBytes(Crypto.SALT_BYTES);
            byte[] nonce = Crypto.randomBytes(Crypto.NONCE_BYTES);
            byte[] kek = Crypto.argon2id(passphrase, salt, params);
            try {
                byte[] wrapped = Crypto.seal(kek, nonce, dataKey.raw(), header(id, params, salt));
                return new Slot(id, params, salt, nonce, wrapped);
            } finally {
                Arrays.fill(kek, (byte) 0);
            }
        }

        Optional<DataKey> unwrap(Passphrase passphrase) {
            byte[] kek = Crypto.argon2id(passphrase, salt, params);
            try {
                return Optional.of(DataKey.of(Crypto.open(kek, nonce, wrapped, header(id, params, salt))));
            } catch (Crypto.AuthenticationFailed e) {
                return Optional.empty();
            } finally {
                Arrays.fill(kek, (byte) 0);
            }
        }

        static byte[] header(byte[] id, Argon2Params params, byte[] salt) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.write(id);
                out.writeInt(params.memoryKiB());
                out.writeShort(params.iterations());
                out.writeByte(params.parallelism());
                out.write(salt);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] bytes() {
            byte[] header = header(id, params, salt);
            byte[] out = Arrays.copyOf(header, header.length + nonce.length + wrapped.length);
            System.arraycopy(nonce, 0, out, header.length, nonce.length);
            System.arraycopy(wrapped, 0, out, header.length + nonce.length, wrapped.length);
            return out;
        }

        static Slot read(DataInputStream in) throws IOException {
            byte[] id = in.readNBytes(32);
            Argon2Params params = new Argon2Params(in.readInt(), in.readUnsignedShort(), in.readUnsignedByte());
            byte[] salt = in.readNBytes(Crypto.SALT_BYTES);
            byte[] nonce = in.readNBytes(Crypto.NONCE_BYTES);
            byte[] wrapped = in.readNBytes(WRAPPED_BYTES);
            if (id.length != 32 || salt.length != Crypto.SALT_BYTES || nonce.length != Crypto.NONCE_BYTES
                    || wrapped.length != WRAPPED_BYTES) {
                throw new IOException("truncated slot");
            }
            return new Slot(id, params, salt, nonce, wrapped);
        }
    }
}
