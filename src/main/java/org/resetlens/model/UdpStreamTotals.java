package org.resetlens.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Per-stream UDP counters of the load pass in primitive arrays (one slot per stream, none per packet). */
final class UdpStreamTotals {
    private int[] ipVersion = new int[256];
    private byte[] addrA = new byte[256 * 16];
    private byte[] addrB = new byte[256 * 16];
    private int[] ports = new int[256 * 2];
    private long[] counts = new long[256 * 4];
    private int[] frames = new int[256 * 2];
    private long[] times = new long[256 * 2];
    private int size;

    /** Opens stream {@code id} (the next id), A being the sender of this first packet. */
    void open(int id, int version, byte[] src, byte[] dst, int srcPort, int dstPort) {
        if (id >= ipVersion.length) grow(ipVersion.length * 2);
        size = id + 1;
        ipVersion[id] = version;
        int len = version == 4 ? 4 : 16;
        System.arraycopy(src, 0, addrA, id * 16, len);
        System.arraycopy(dst, 0, addrB, id * 16, len);
        ports[id * 2] = srcPort;
        ports[id * 2 + 1] = dstPort;
        frames[id * 2] = -1;
    }

    /** Counts a frame of stream {@code id}; {@code fromA} when sent by A. */
    void add(int id, boolean fromA, int frame, long timeNanos, long frameLength) {
        int o = id * 4 + (fromA ? 0 : 2);
        counts[o]++;
        counts[o + 1] += frameLength;
        if (frames[id * 2] < 0) {
            frames[id * 2] = frame;
            times[id * 2] = timeNanos;
            times[id * 2 + 1] = timeNanos;
        }
        frames[id * 2 + 1] = frame;
        // As Wireshark's conversation table: start and stop are the earliest and latest timestamps.
        times[id * 2] = Math.min(times[id * 2], timeNanos);
        times[id * 2 + 1] = Math.max(times[id * 2 + 1], timeNanos);
    }

    /** Whether a packet from (address, port) is sent by A of stream {@code id}. */
    boolean fromA(int id, byte[] src, int srcPort) {
        if (ports[id * 2] != srcPort) return false;
        int len = ipVersion[id] == 4 ? 4 : 16;
        return Arrays.equals(addrA, id * 16, id * 16 + len, src, 0, len);
    }

    private void grow(int cap) {
        ipVersion = Arrays.copyOf(ipVersion, cap);
        addrA = Arrays.copyOf(addrA, cap * 16);
        addrB = Arrays.copyOf(addrB, cap * 16);
        ports = Arrays.copyOf(ports, cap * 2);
        counts = Arrays.copyOf(counts, cap * 4);
        frames = Arrays.copyOf(frames, cap * 2);
        times = Arrays.copyOf(times, cap * 2);
    }

    /** The conversations, in stream order, with times relative to {@code captureStart}. */
    List<UdpConversation> finish(long captureStart) {
        List<UdpConversation> out = new ArrayList<>(size);
        AddressNames names = new AddressNames();
        for (int id = 0; id < size; id++) {
            int v = ipVersion[id];
            int len = v == 4 ? 4 : 16;
            String a = names.name(Arrays.copyOfRange(addrA, id * 16, id * 16 + len), v);
            String b = names.name(Arrays.copyOfRange(addrB, id * 16, id * 16 + len), v);
            long start = times[id * 2] - captureStart;
            out.add(new UdpConversation(id, v, a, ports[id * 2], b, ports[id * 2 + 1],
                    counts[id * 4], counts[id * 4 + 1], counts[id * 4 + 2], counts[id * 4 + 3],
                    frames[id * 2], frames[id * 2 + 1], start, times[id * 2 + 1] - times[id * 2]));
        }
        return out;
    }
}
