package org.resetlens.capture;

/**
 * Read-only random access to the bytes of a capture by absolute {@code long} offset, so files over
 * 4 GiB work. Implementations are safe for concurrent readers. Reads outside {@code [0, size())}
 * throw {@link IndexOutOfBoundsException}: callers check lengths first.
 */
public interface ByteSource extends AutoCloseable {

    long size();

    byte get(long pos);

    /** Copies {@code len} bytes starting at {@code pos} into {@code dst[off..]}. */
    void copy(long pos, byte[] dst, int off, int len);

    default int u8(long pos) {
        return get(pos) & 0xff;
    }

    default int u16(long pos, boolean bigEndian) {
        int a = u8(pos), b = u8(pos + 1);
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    /** An unsigned 32-bit value as a long. */
    default long u32(long pos, boolean bigEndian) {
        long a = u8(pos), b = u8(pos + 1), c = u8(pos + 2), d = u8(pos + 3);
        return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
    }

    default byte[] bytes(long pos, int len) {
        byte[] out = new byte[len];
        copy(pos, out, 0, len);
        return out;
    }

    @Override
    void close();
}
