package org.resetlens.ui.backend;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.PacketSummary;
import org.resetlens.model.FrameColumns;

/**
 * Follow TCP Stream as Wireshark 4.0 builds it (packet-tcp.c, the follow tap): per direction, the
 * payload in sequence order from the model's relative sequence numbers; bytes already shown are
 * not shown again (a retransmission adds only what it has beyond them), a segment ahead of a gap
 * waits until the gap fills, and when the other side acknowledges bytes the capture never held, a
 * "[N bytes missing in capture file]" chunk stands for them. Chunks come in the order Wireshark
 * emits them. Endpoint A, the stream's first sender, is the "client" (tshark's Node 0).
 */
final class TcpFollow {
    private static final int SYN = 0x02;
    private final FrameColumns columns;
    private final FrameIndex index;
    private final List<StreamChunk> out = new ArrayList<>();
    /** Per direction (0: from A, 1: from B): the next sequence number expected and bytes shown. */
    private final int[] next = new int[2];
    private final long[] written = new long[2];
    @SuppressWarnings("unchecked")
    private final List<Fragment>[] fragments = new List[] {new ArrayList<Fragment>(), new ArrayList<Fragment>()};

    /** A segment ahead of the bytes shown so far, waiting for the gap before it to fill. */
    private record Fragment(int frame, int seq, byte[] data) { }

    private TcpFollow(FrameColumns columns, FrameIndex index) {
        this.columns = columns;
        this.index = index;
    }

    /** The chunks of TCP stream {@code stream}, whose frames lie between {@code first} and {@code last}. */
    static List<StreamChunk> follow(FrameColumns columns, FrameIndex index, int stream, int first, int last) {
        TcpFollow follow = new TcpFollow(columns, index);
        PacketSummary s = new PacketSummary();
        for (int f = Math.max(0, first); f <= last && f < columns.size(); f++) {
            if (!columns.isTcp(f) || columns.stream(f) != stream) continue;
            s.decode(index.source(), index.dataOffset(f), index.capturedLength(f), index.linkType(f));
            if (!s.tcp) continue;
            follow.segment(f, s);
        }
        return follow.out;
    }

    private static boolean after(int a, int b) {
        return a - b > 0;
    }

    private void segment(int frame, PacketSummary s) {
        int side = columns.fromSecondEndpoint(frame) ? 1 : 0;
        int sequence = (int) columns.seq(frame);
        if ((s.tcpFlags & SYN) != 0) sequence++;
        int length = Math.max(0, s.tcpLen);
        int captured = s.payloadOffset < 0 ? 0 : Math.max(0, Math.min(length, index.capturedLength(frame) - s.payloadOffset));
        // The other side's acknowledgement may cover bytes it received that the capture missed.
        if (!fragments[1 - side].isEmpty()) {
            int ack = (int) columns.ack(frame);
            while (flush(1 - side, ack, frame)) { }
        }
        if (written[side] == 0 && next[side] == 0) next[side] = sequence;
        int skip = 0;
        if (after(next[side], sequence)) {
            int end = sequence + length;
            if (after(end, next[side])) {
                skip = next[side] - sequence;
                sequence = next[side];
                length = end - next[side];
            }
        }
        if (after(next[side], sequence) || length == 0) return;
        byte[] data = captured > skip
                ? index.source().bytes(index.dataOffset(frame) + s.payloadOffset + skip, captured - skip) : new byte[0];
        if (sequence == next[side]) {
            next[side] += length;
            written[side] += data.length;
            emit(frame, side, data);
            while (flush(side, 0, frame)) { }
        } else {
            fragments[side].add(new Fragment(frame, sequence, data));
        }
    }

    private void emit(int frame, int side, byte[] data) {
        if (data.length > 0) out.add(new StreamChunk(frame, side == 0, data));
    }

    /** Shows one waiting fragment of direction {@code side} that now fits, or a missing-bytes marker; false when none. */
    private boolean flush(int side, int acknowledged, int frame) {
        List<Fragment> list = fragments[side];
        if (list.isEmpty()) return false;
        int lowest = list.get(0).seq();
        for (int i = 0; i < list.size(); i++) {
            Fragment frag = list.get(i);
            if (after(lowest, frag.seq())) lowest = frag.seq();
            if (after(next[side], frag.seq())) {
                int end = frag.seq() + frag.data().length;
                if (after(end, next[side])) {
                    int from = next[side] - frag.seq();
                    emit(frag.frame(), side, Arrays.copyOfRange(frag.data(), from, frag.data().length));
                    next[side] += frag.data().length - from;
                }
                list.remove(i);
                return true;
            }
            if (frag.seq() == next[side]) {
                emit(frag.frame(), side, frag.data());
                next[side] += frag.data().length;
                list.remove(i);
                return true;
            }
        }
        if (after(acknowledged, lowest)) {
            String marker = "[" + (lowest - next[side]) + " bytes missing in capture file]\0";
            emit(frame, side, marker.getBytes(StandardCharsets.US_ASCII));
            next[side] = lowest;
            return true;
        }
        return false;
    }
}
