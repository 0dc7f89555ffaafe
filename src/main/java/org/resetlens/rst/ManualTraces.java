package org.resetlens.rst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the manual trace-back of every reset of a stream in one pass over the stream's raw numbers;
 * resets that trace the same number share one frame list.
 */
final class ManualTraces {
    private ManualTraces() { }

    /** Frames matching one number: the first {@link ManualTrace#LIMIT} and the total. */
    private static final class Hits {
        final List<Integer> frames = new ArrayList<>();
        int total;
        /** The frames as one list shared by every reset that traces this number. */
        List<Integer> shared;
    }

    /** The manual trace of each reset of {@code resets} (stream positions), in the same order. */
    static List<ManualTrace> of(StreamIndex x, List<Integer> resets) {
        StreamView v = x.v;
        Numbers byNumber = new Numbers();
        long[] numbers = new long[resets.size()];
        for (int k = 0; k < resets.size(); k++) {
            int r = resets.get(k);
            numbers[k] = v.has(r, StreamView.ACK) ? v.ack(r) : v.seq(r);
            byNumber.add(numbers[k]);
        }
        for (int i = 0; i < x.n; i++) {
            long nxt = v.nxtseq(i), ack = v.ack(i), seq = v.seq(i);
            Hits h = byNumber.get(nxt);
            if (h == null && ack != nxt) h = byNumber.get(ack);
            if (h == null && seq != nxt && seq != ack) h = byNumber.get(seq);
            if (h != null) count(h, v.frame(i) + 1);
            // a packet can match two different numbers (e.g. seq = N1 and ack = N2)
            if (ack != nxt) countOther(byNumber, h, ack, v.frame(i) + 1);
            if (seq != nxt && seq != ack) countOther(byNumber, h, seq, v.frame(i) + 1);
        }
        List<ManualTrace> out = new ArrayList<>(resets.size());
        for (int k = 0; k < resets.size(); k++) {
            Hits h = byNumber.get(numbers[k]);
            if (h.shared == null) h.shared = List.copyOf(h.frames);
            out.add(new ManualTrace(v.stream(), numbers[k], ManualTrace.filterFor(v.stream(), numbers[k]), h.shared,
                    h.total));
        }
        return out;
    }

    /**
     * The numbers traced in one stream and their hits: a short list searched in order (a stream
     * usually has one or two resets, and this runs for every packet of the stream), a map past eight.
     */
    private static final class Numbers {
        private long[] values = new long[2];
        private Hits[] hits = new Hits[2];
        private int size;
        private Map<Long, Hits> map;

        void add(long number) {
            if (get(number) != null) return;
            Hits h = new Hits();
            if (map != null) {
                map.put(number, h);
                return;
            }
            if (size == 8) {
                map = new HashMap<>();
                for (int k = 0; k < size; k++) map.put(values[k], hits[k]);
                map.put(number, h);
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                hits = Arrays.copyOf(hits, size * 2);
            }
            values[size] = number;
            hits[size++] = h;
        }

        Hits get(long number) {
            if (map != null) return map.get(number);
            for (int k = 0; k < size; k++) if (values[k] == number) return hits[k];
            return null;
        }
    }

    private static void countOther(Numbers byNumber, Hits already, long number, int frame) {
        Hits h = byNumber.get(number);
        if (h != null && h != already) count(h, frame);
    }

    private static void count(Hits h, int frame) {
        if (!h.frames.isEmpty() && h.frames.get(h.frames.size() - 1) == frame) return;
        h.total++;
        if (h.frames.size() < ManualTrace.LIMIT) h.frames.add(frame);
    }
}
