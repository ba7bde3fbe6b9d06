package org.custodian.core.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.errors.BackupRefusedException;
import org.custodian.core.errors.BackupRefusedException.Reason;

/**
 * A backup's body: the payload cut into chunks, each sealed with AES-256-GCM under the backup's own key. The
 * nonce is the chunk's index (the key is never used for another file); the associated data binds the header's
 * digest, the index and whether the chunk is the last, so chunks cannot be changed, reordered, dropped or cut
 * off the end without the reader noticing (the "STREAM" construction of Hoang, Reyhanitabar, Rogaway, Vizár).
 * On disk each chunk is its sealed length (4 bytes) and the sealed bytes.
 */
final class SealedChunks {

    private SealedChunks() {
    }

    private static byte[] nonce(long index) {
        return ByteBuffer.allocate(Crypto.NONCE_BYTES).putInt(0).putLong(index).array();
    }

    private static byte[] associated(byte[] headerDigest, long index, boolean last) {
        return ByteBuffer.allocate(headerDigest.length + 9).put(headerDigest).putLong(index).put((byte) (last ? 1 : 0))
                .array();
    }

    /** Seals what is written to it; {@link #close} seals the last chunk (which may be empty). */
    static final class Sealer extends OutputStream {
        private final DataOutputStream out;
        private final byte[] key;
        private final byte[] headerDigest;
        private final byte[] buffer;
        private int filled;
        private long index;
        private boolean closed;

        Sealer(DataOutputStream out, byte[] key, byte[] headerDigest, int chunkSize) {
            this.out = out;
            this.key = key;
            this.headerDigest = headerDigest;
            this.buffer = new byte[chunkSize];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == buffer.length) {
                    seal(false);
                }
                int take = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, take);
                filled += take;
                offset += take;
                length -= take;
            }
        }

        private void seal(boolean last) throws IOException {
            byte[] sealed = Crypto.seal(key, nonce(index), Arrays.copyOf(buffer, filled), associated(headerDigest, index, last));
            out.writeInt(sealed.length);
            out.write(sealed);
            index++;
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(true);
                Arrays.fill(buffer, (byte) 0);
                out.flush();
            }
        }
    }

    /**
     * Gives back the payload one authenticated chunk at a time. A chunk that does not verify, a file that stops
     * before the last chunk, or bytes after it are refused with their reason.
     */
    static final class Opener extends InputStream {
        private final DataInputStream in;
        private final byte[] key;
        private final byte[] headerDigest;
        private final int chunkSize;
        private byte[] current = new byte[0];
        private int position;
        private long index;
        private boolean ended;

        Opener(DataInputStream in, byte[] key, byte[] headerDigest, int chunkSize) {
            this.in = in;
            this.key = key;
            this.headerDigest = headerDigest;
            this.chunkSize = chunkSize;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int take = Math.min(length, current.length - position);
            System.arraycopy(current, position, bytes, offset, take);
            position += take;
            return take;
        }

        private void next() throws IOException {
            int length;
            try {
                length = in.readInt();
            } catch (java.io.EOFException e) {
                throw new BackupRefusedException(Reason.TRUNCATED);
            }
            int tag = Crypto.TAG_BITS / 8;
            if (length < tag || length > chunkSize + tag) {
                throw new BackupRefusedException(Reason.DAMAGED);
            }
            byte[] sealed = in.readNBytes(length);
            if (sealed.length != length) {
                throw new BackupRefusedException(Reason.TRUNCATED);
            }
            current = openChunk(sealed, false);
            if (current == null) {
                current = openChunk(sealed, true);
                if (current == null) {
                    throw new BackupRefusedException(Reason.DAMAGED);
                }
                ended = true;
                if (in.read() != -1) {
                    throw new BackupRefusedException(Reason.DAMAGED);
                }
            }
            position = 0;
            index++;
        }

        private byte[] openChunk(byte[] sealed, boolean last) {
            try {
                return Crypto.open(key, nonce(index), sealed, associated(headerDigest, index, last));
            } catch (Crypto.AuthenticationFailed e) {
                return null;
            }
        }

        /** True once the last chunk has been read and verified, with nothing after it. */
        boolean complete() {
            return ended && position == current.length;
        }
    }
}
