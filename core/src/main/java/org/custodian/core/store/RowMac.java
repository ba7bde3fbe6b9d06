package org.custodian.core.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.bouncycastle.crypto.macs.HMac;
import org.custodian.core.crypto.Crypto;

/**
 * MACs for rows that hold personal data. H2's AES encryption does not detect changed bytes, so each such row
 * carries HMAC-SHA256 over its table name and column values, checked on every read.
 *
 * <p>Values are length-prefixed so no two different rows encode alike; a null is encoded apart from "".
 */
public final class RowMac {

    private final byte[] key;

    RowMac(byte[] key) {
        this.key = key;
    }

    public byte[] of(String table, Object... values) {
        HMac mac = Crypto.hmac(key);
        update(mac, table.getBytes(StandardCharsets.UTF_8));
        for (Object value : values) {
            if (value == null) {
                mac.update((byte) 0);
                continue;
            }
            mac.update((byte) 1);
            update(mac, encode(value));
        }
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    public boolean matches(byte[] stored, String table, Object... values) {
        return stored != null && Crypto.sameBytes(stored, of(table, values));
    }

    private static byte[] encode(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString().getBytes(StandardCharsets.UTF_8);
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void update(HMac mac, byte[] bytes) {
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array(), 0, 4);
        mac.update(bytes, 0, bytes.length);
    }

    void destroy() {
        Arrays.fill(key, (byte) 0);
    }
}
