package org.custodian.core.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import org.custodian.core.crypto.Crypto;

/**
 * Pseudonymous subject keys for the event log: a keyed hash of a customer's id. Events name the person this way,
 * so erasing the person leaves the audit trail whole, and an event row alone identifies nobody.
 */
public final class SubjectKeys {

    private final byte[] key;

    SubjectKeys(byte[] key) {
        this.key = key;
    }

    public String forCustomer(long customerId) {
        byte[] mac = Crypto.hmac(key, ByteBuffer.allocate(9).put((byte) 'C').putLong(customerId).array());
        return "s:" + HexFormat.of().formatHex(mac, 0, 16);
    }

    void destroy() {
        Arrays.fill(key, (byte) 0);
    }
}
