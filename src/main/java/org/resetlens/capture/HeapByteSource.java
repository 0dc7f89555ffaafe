package org.resetlens.capture;

/** A {@link ByteSource} over an in-memory array (tests, small decompressed files). */
public final class HeapByteSource implements ByteSource {
    private final byte[] data;

    public HeapByteSource(byte[] data) {
        this.data = data;
    }

    @Override
    public long size() {
        return data.length;
    }

    @Override
    public byte get(long pos) {
        return data[Math.toIntExact(pos)];
    }

    @Override
    public void copy(long pos, byte[] dst, int off, int len) {
        System.arraycopy(data, Math.toIntExact(pos), dst, off, len);
    }

    @Override
    public void close() { }
}
