package org.resetlens.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link ByteSource} over a read-only memory-mapped file of any size. The file is mapped in chunks
 * of {@code 2^shift} bytes; each mapping extends {@link #OVERLAP} bytes into the next chunk so that
 * the fixed-size getters never straddle two mappings, and only long copies need to.
 */
public final class MappedByteSource implements ByteSource {
    /** Bytes each chunk's mapping reaches into the next one: more than any fixed-size getter reads. */
    static final int OVERLAP = 64;
    private static final int DEFAULT_SHIFT = 30;

    private final MappedByteBuffer[] chunks;
    /** The same mappings read little-endian (the machine's own order: pcap record headers need no swap). */
    private final ByteBuffer[] littleEndian;
    private final int shift;
    private final long mask;
    private final long size;
    private final Path deleteOnClose;

    private MappedByteSource(MappedByteBuffer[] chunks, int shift, long size, Path deleteOnClose) {
        this.chunks = chunks;
        this.littleEndian = new ByteBuffer[chunks.length];
        for (int i = 0; i < chunks.length; i++) littleEndian[i] = chunks[i].duplicate().order(ByteOrder.LITTLE_ENDIAN);
        this.shift = shift;
        this.mask = (1L << shift) - 1;
        this.size = size;
        this.deleteOnClose = deleteOnClose;
    }

    /** Maps the whole file. */
    public static MappedByteSource open(Path file) throws IOException {
        return open(file, DEFAULT_SHIFT, null);
    }

    /** Maps the whole file and deletes it when the source is closed (a decompressed temporary file). */
    static MappedByteSource openTemporary(Path file) throws IOException {
        return open(file, DEFAULT_SHIFT, file);
    }

    /** Maps with chunks of {@code 2^shift} bytes; small shifts let tests exercise chunk boundaries. */
    static MappedByteSource open(Path file, int shift, Path deleteOnClose) throws IOException {
        if (shift < 8 || shift > DEFAULT_SHIFT) throw new IllegalArgumentException("chunk shift " + shift);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long chunk = 1L << shift;
            int n = (int) ((size + chunk - 1) >>> shift);
            MappedByteBuffer[] chunks = new MappedByteBuffer[n];
            for (int i = 0; i < n; i++) {
                long start = (long) i << shift;
                long len = Math.min(chunk + OVERLAP, size - start);
                chunks[i] = ch.map(FileChannel.MapMode.READ_ONLY, start, len);
                chunks[i].order(ByteOrder.BIG_ENDIAN);
            }
            return new MappedByteSource(chunks, shift, size, deleteOnClose);
        }
    }

    @Override
    public long size() {
        return size;
    }

    private MappedByteBuffer chunk(long pos) {
        return chunks[chunkIndex(pos)];
    }

    private int chunkIndex(long pos) {
        if (pos < 0 || pos >= size) throw new IndexOutOfBoundsException("offset " + pos + " of " + size);
        return (int) (pos >>> shift);
    }

    @Override
    public byte get(long pos) {
        return chunk(pos).get((int) (pos & mask));
    }

    @Override
    public int u8(long pos) {
        return chunk(pos).get((int) (pos & mask)) & 0xff;
    }

    @Override
    public int u16(long pos, boolean bigEndian) {
        int at = (int) (pos & mask);
        return (bigEndian ? chunk(pos).getShort(at) : littleEndian[chunkIndex(pos)].getShort(at)) & 0xffff;
    }

    @Override
    public long u32(long pos, boolean bigEndian) {
        int at = (int) (pos & mask);
        return (bigEndian ? chunk(pos).getInt(at) : littleEndian[chunkIndex(pos)].getInt(at)) & 0xffff_ffffL;
    }

    @Override
    public void copy(long pos, byte[] dst, int off, int len) {
        if (len < 0 || pos < 0 || pos > size - len) {
            throw new IndexOutOfBoundsException("bytes " + pos + "+" + len + " of " + size);
        }
        while (len > 0) {
            MappedByteBuffer b = chunks[(int) (pos >>> shift)];
            int at = (int) (pos & mask);
            int n = Math.min(len, b.limit() - at);
            b.get(at, dst, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void close() {
        if (deleteOnClose != null) {
            try {
                Files.deleteIfExists(deleteOnClose);
            } catch (IOException e) {
                deleteOnClose.toFile().deleteOnExit();
            }
        }
    }
}
