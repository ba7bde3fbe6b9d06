package org.custodian.core.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A password held as characters that can be wiped, never as a {@link String} that lingers in the heap.
 *
 * <p>The bytes fed to the key derivation are the UTF-8 encoding of the NFKC form, so the same password typed
 * with composed or decomposed accents unlocks the same slot, and every character (not only its low byte, as
 * H2's own file password would) contributes to the key.
 */
public final class Passphrase implements Destroyable, AutoCloseable {

    private final char[] chars;
    private boolean destroyed;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /** Takes a copy; the caller should wipe its own array. */
    public static Passphrase copyOf(char[] chars) {
        return new Passphrase(Arrays.copyOf(chars, chars.length));
    }

    public static Passphrase copyOf(CharSequence text) {
        char[] copy = new char[text.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = text.charAt(i);
        }
        return new Passphrase(copy);
    }

    /** The NFKC form as characters; the caller wipes the result. */
    public char[] normalizedChars() {
        ensureLive();
        String normalized = Normalizer.normalize(CharBuffer.wrap(chars), Normalizer.Form.NFKC);
        return normalized.toCharArray();
    }

    /** Length in Unicode code points of the NFKC form: what a person counts as characters. */
    public int codePointLength() {
        char[] normalized = normalizedChars();
        try {
            return Character.codePointCount(normalized, 0, normalized.length);
        } finally {
            Arrays.fill(normalized, '\0');
        }
    }

    /** UTF-8 of the NFKC form; the caller wipes the result. */
    public byte[] utf8() {
        char[] normalized = normalizedChars();
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(normalized));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            if (buffer.hasArray()) {
                Arrays.fill(buffer.array(), (byte) 0);
            }
            return bytes;
        } finally {
            Arrays.fill(normalized, '\0');
        }
    }

    public boolean isEmpty() {
        ensureLive();
        return chars.length == 0;
    }

    @Override
    public void destroy() {
        Arrays.fill(chars, '\0');
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    private void ensureLive() {
        if (destroyed) {
            throw new IllegalStateException("passphrase already destroyed");
        }
    }

    @Override
    public String toString() {
        return "Passphrase[****]";
    }
}
