package org.resetlens.capture;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds pcap and pcapng files byte by byte for tests, in either byte order. */
final class Captures {
    private Captures() { }

    /** A little growable buffer that writes integers in a chosen byte order. */
    static final class Bytes {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean big;

        Bytes(boolean big) {
            this.big = big;
        }

        Bytes u8(int v) {
            out.write(v);
            return this;
        }

        Bytes u16(int v) {
            if (big) out.write(v >>> 8);
            out.write(v);
            if (!big) out.write(v >>> 8);
            return this;
        }

        Bytes u32(long v) {
            for (int i = 0; i < 4; i++) out.write((int) (v >>> (big ? 24 - 8 * i : 8 * i)));
            return this;
        }

        Bytes u64(long v) {
            for (int i = 0; i < 8; i++) out.write((int) (v >>> (big ? 56 - 8 * i : 8 * i)));
            return this;
        }

        Bytes raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        Bytes pad4() {
            while (out.size() % 4 != 0) out.write(0);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }

    /** A classic pcap file. */
    static final class Pcap {
        private final Bytes b;
        private final boolean nanos;

        Pcap(boolean big, boolean nanos, int linkType, int snapLen) {
            this.b = new Bytes(big);
            this.nanos = nanos;
            b.u32(nanos ? 0xa1b23c4dL : 0xa1b2c3d4L).u16(2).u16(4).u32(0).u32(0).u32(snapLen).u32(linkType);
        }

        Pcap record(long sec, long frac, byte[] data, int origLen) {
            b.u32(sec).u32(frac).u32(data.length).u32(origLen).raw(data);
            return this;
        }

        Pcap record(long sec, long frac, byte[] data) {
            return record(sec, frac, data, data.length);
        }

        boolean nanos() {
            return nanos;
        }

        byte[] bytes() {
            return b.toArray();
        }
    }

    /** A pcapng file; each section may have its own byte order. */
    static final class Pcapng {
        private final ByteArrayOutputStream file = new ByteArrayOutputStream();
        private boolean big;

        Pcapng section(boolean bigEndian, String... comments) {
            big = bigEndian;
            Bytes body = new Bytes(big).u32(0x1A2B3C4D).u16(1).u16(0).u64(-1);
            options(body, comments, 1);
            return block(0x0A0D0D0A, body);
        }

        /** An IDB; tsresol and tsoffset are written only when non-null. */
        Pcapng idb(int linkType, int snapLen, Integer tsresol, Long tsoffset, String name) {
            Bytes body = new Bytes(big).u16(linkType).u16(0).u32(snapLen);
            if (name != null) option(body, 2, name.getBytes(StandardCharsets.UTF_8));
            if (tsresol != null) option(body, 9, new byte[] {tsresol.byteValue()});
            if (tsoffset != null) option(body, 14, new Bytes(big).u64(tsoffset).toArray());
            if (name != null || tsresol != null || tsoffset != null) body.u16(0).u16(0);
            return block(1, body);
        }

        Pcapng epb(int iface, long ts, byte[] data, int origLen, String... comments) {
            Bytes body = new Bytes(big).u32(iface).u32(ts >>> 32).u32(ts & 0xffffffffL).u32(data.length)
                    .u32(origLen).raw(data).pad4();
            options(body, comments, 1);
            return block(6, body);
        }

        Pcapng epb(int iface, long ts, byte[] data, String... comments) {
            return epb(iface, ts, data, data.length, comments);
        }

        Pcapng pb(int iface, long ts, byte[] data, int origLen, String... comments) {
            Bytes body = new Bytes(big).u16(iface).u16(0).u32(ts >>> 32).u32(ts & 0xffffffffL).u32(data.length)
                    .u32(origLen).raw(data).pad4();
            options(body, comments, 1);
            return block(2, body);
        }

        Pcapng spb(byte[] data, int origLen) {
            return block(3, new Bytes(big).u32(origLen).raw(data).pad4());
        }

        /** Any block, with its body (padded to 4 bytes here). */
        Pcapng block(int type, Bytes body) {
            body.pad4();
            int len = body.size() + 12;
            Bytes blk = new Bytes(big).u32(type).u32(len).raw(body.toArray()).u32(len);
            file.writeBytes(blk.toArray());
            return this;
        }

        Pcapng block(int type, byte[] body) {
            return block(type, new Bytes(big).raw(body));
        }

        private void options(Bytes body, String[] comments, int code) {
            if (comments.length == 0) return;
            for (String c : comments) option(body, code, c.getBytes(StandardCharsets.UTF_8));
            body.u16(0).u16(0);
        }

        private static void option(Bytes body, int code, byte[] value) {
            body.u16(code).u16(value.length).raw(value).pad4();
        }

        byte[] bytes() {
            return file.toByteArray();
        }
    }

    /** Deterministic packet bytes of a given length. */
    static byte[] data(int len, int seed) {
        byte[] d = new byte[len];
        for (int i = 0; i < len; i++) d[i] = (byte) (seed * 31 + i * 7);
        return d;
    }

    static List<Integer> ints(int... v) {
        List<Integer> out = new ArrayList<>();
        for (int x : v) out.add(x);
        return out;
    }
}
