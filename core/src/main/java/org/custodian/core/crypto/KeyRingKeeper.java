package org.custodian.core.crypto;

import java.util.function.UnaryOperator;

/**
 * The unlocked key ring of an open store: the data key plus the file. Every change re-reads the file and checks
 * its MAC first, so a change made on disk behind the app's back is detected rather than overwritten.
 */
public final class KeyRingKeeper implements AutoCloseable {

    private final KeyRingFile file;
    private final DataKey dataKey;

    public KeyRingKeeper(KeyRingFile file, DataKey dataKey) {
        this.file = file;
        this.dataKey = dataKey;
    }

    public synchronized KeyRing current() {
        return file.readVerified(dataKey);
    }

    /** Applies a change and writes the ring atomically; returns the ring as it was before, for undo. */
    public synchronized KeyRing update(UnaryOperator<KeyRing> change) {
        KeyRing before = file.readVerified(dataKey);
        file.write(change.apply(before), dataKey);
        return before;
    }

    public synchronized void restore(KeyRing ring) {
        file.write(ring, dataKey);
    }

    /** Wraps the data key for an account, without exposing the key. */
    public KeyRing withSlot(KeyRing ring, String accountName, Passphrase passphrase) {
        return ring.withSlot(accountName, passphrase, dataKey, Argon2Params.DEFAULT);
    }

    public DataKey dataKey() {
        return dataKey;
    }

    @Override
    public void close() {
        dataKey.destroy();
    }
}
