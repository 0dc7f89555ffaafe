package org.resetlens.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes frames of a {@link FrameIndex} to a new little-endian pcapng file: one section (with the
 * section comments), one Interface Description Block per interface (link type, snap length, name,
 * timestamp resolution and offset), and an Enhanced Packet Block per frame carrying the frame's
 * comments as {@code opt_comment}. Custom Blocks (frames without an interface) are copied.
 */
public final class PcapngWriter {
    private static final int OPT_COMMENT = 1;
    private static final int SHB_USERAPPL = 4;
    private static final long NANOS = 1_000_000_000L;
    private static final int MAX_OPTION = 0xFFFF;

    private final OutputStream out;
    private final Block block = new Block();

    private PcapngWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes every frame. */
    public static void write(FrameIndex index, List<String> sectionComments, Path file) throws IOException {
        write(index, IntStream.range(0, index.size()).toArray(), sectionComments, file);
    }

    /** Writes the given frames (0-based, in the order given). */
    public static void write(FrameIndex index, int[] frames, List<String> sectionComments, Path file)
            throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            PcapngWriter w = new PcapngWriter(os);
            List<CaptureInterface> ifs = index.interfaces();
            w.sectionHeader(sectionComments);
            for (CaptureInterface i : ifs) w.interfaceDescription(i);
            for (int f : frames) {
                int iface = index.interfaceId(f);
                if (iface >= 0 && iface < ifs.size()) w.packet(index, f, ifs.get(iface));
                else if (iface < 0) w.customBlock(index, f);
            }
        }
    }

    /**
     * The {@code if_tsresol} byte that writes an interface's timestamps without loss: its own
     * resolution when that is a power of 10 or 2 no finer than a nanosecond, else nanoseconds.
     */
    static int tsresol(long unitsPerSecond) {
        long u = 1;
        for (int e = 0; e <= 9; e++, u *= 10) if (u == unitsPerSecond) return e;
        for (int e = 0; e <= 29; e++) if (1L << e == unitsPerSecond) return 0x80 | e;
        return 9;
    }

    private void sectionHeader(List<String> comments) throws IOException {
        block.start(PcapngParser.SHB).u32(PcapngParser.BYTE_ORDER_MAGIC).u16(1).u16(0).u64(-1);
        for (String c : comments) block.option(OPT_COMMENT, utf8(c));
        block.option(SHB_USERAPPL, utf8("ResetLens"));
        block.endOptions().finish(out);
    }

    private void interfaceDescription(CaptureInterface i) throws IOException {
        block.start(PcapngParser.IDB).u16(i.linkType()).u16(0).u32(i.snapLength());
        if (!i.name().isEmpty()) block.option(PcapngParser.IF_NAME, utf8(i.name()));
        if (!i.description().isEmpty()) block.option(PcapngParser.IF_DESCRIPTION, utf8(i.description()));
        block.option(PcapngParser.IF_TSRESOL, new byte[] {(byte) tsresol(i.tsUnitsPerSecond())});
        if (i.tsOffsetSeconds() != 0) {
            byte[] v = new byte[8];
            for (int k = 0; k < 8; k++) v[k] = (byte) (i.tsOffsetSeconds() >>> (8 * k));
            block.option(PcapngParser.IF_TSOFFSET, v);
        }
        block.endOptions().finish(out);
    }

    private void packet(FrameIndex index, int frame, CaptureInterface iface) throws IOException {
        int cap = index.capturedLength(frame);
        long units = PcapngParser.unitsPerSecond(tsresol(iface.tsUnitsPerSecond()), NANOS);
        long nanos = index.timeNanos(frame);
        long secs = Math.floorDiv(nanos, NANOS) - iface.tsOffsetSeconds();
        long frac = Math.floorMod(nanos, NANOS);
        // rounding up undoes the reader's rounding down, so that read-write-read keeps every timestamp
        long ts = Math.max(0, secs * units + (frac * units + NANOS - 1) / NANOS);
        block.start(PcapngParser.EPB).u32(iface.id()).u32(ts >>> 32).u32(ts).u32(cap)
                .u32(index.originalLength(frame)).copy(index.source(), index.dataOffset(frame), cap);
        List<String> comments = index.comments(frame);
        for (String c : comments) block.option(OPT_COMMENT, utf8(c));
        if (!comments.isEmpty()) block.endOptions();
        block.finish(out);
    }

    /** Copies a Custom Block (type, PEN, payload) into this file's byte order. */
    private void customBlock(FrameIndex index, int frame) throws IOException {
        ByteSource src = index.source();
        long pos = index.dataOffset(frame) - 12;
        int len = index.capturedLength(frame);
        if (pos < 0 || pos + 12 + len > src.size()) return;
        long le = src.u32(pos, false);
        boolean big = le != PcapngParser.CUSTOM && le != PcapngParser.CUSTOM_NO_COPY;
        block.start((int) src.u32(pos, big)).u32(src.u32(pos + 8, big)).copy(src, pos + 12, len).finish(out);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** One little-endian block being built; its total length is filled in when it is finished. */
    private static final class Block {
        private byte[] bytes = new byte[1 << 16];
        private int size;

        Block start(int type) {
            size = 0;
            return u32(type).u32(0);
        }

        Block u16(int v) {
            ensure(2);
            bytes[size++] = (byte) v;
            bytes[size++] = (byte) (v >>> 8);
            return this;
        }

        Block u32(long v) {
            ensure(4);
            for (int k = 0; k < 4; k++) bytes[size++] = (byte) (v >>> (8 * k));
            return this;
        }

        Block u64(long v) {
            return u32(v).u32(v >>> 32);
        }

        /** Copies bytes from the capture and pads them to 4 bytes. */
        Block copy(ByteSource src, long pos, int len) {
            ensure(len + 3);
            src.copy(pos, bytes, size, len);
            size += len;
            return pad();
        }

        /** An option; values longer than an option can hold are cut. */
        Block option(int code, byte[] value) {
            int len = Math.min(value.length, MAX_OPTION);
            u16(code).u16(len);
            ensure(len + 3);
            System.arraycopy(value, 0, bytes, size, len);
            size += len;
            return pad();
        }

        Block endOptions() {
            return u32(0);
        }

        void finish(OutputStream out) throws IOException {
            int total = size + 4;
            u32(total);
            for (int k = 0; k < 4; k++) bytes[4 + k] = (byte) (total >>> (8 * k));
            out.write(bytes, 0, size);
        }

        private Block pad() {
            while ((size & 3) != 0) bytes[size++] = 0;
            return this;
        }

        private void ensure(int n) {
            if (size + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }
}
