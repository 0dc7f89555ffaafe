package org.resetlens.rst;

import java.util.ArrayList;
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
    }

    static List<ResetExplanation> attach(StreamIndex x, List<Integer> resets, List<ResetExplanation> explained) {
        StreamView v = x.v;
        Map<Long, Hits> byNumber = new HashMap<>();
        long[] numbers = new long[resets.size()];
        for (int k = 0; k < resets.size(); k++) {
            int r = resets.get(k);
            numbers[k] = v.has(r, StreamView.ACK) ? v.ack(r) : v.seq(r);
            byNumber.computeIfAbsent(numbers[k], n -> new Hits());
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
        Map<Long, List<Integer>> shared = new HashMap<>();
        List<ResetExplanation> out = new ArrayList<>(explained.size());
        for (int k = 0; k < explained.size(); k++) {
            Hits h = byNumber.get(numbers[k]);
            List<Integer> frames = shared.computeIfAbsent(numbers[k], n -> List.copyOf(h.frames));
            out.add(explained.get(k).withManual(new ManualTrace(v.stream(), numbers[k],
                    ManualTrace.filterFor(v.stream(), numbers[k]), frames, h.total)));
        }
        return out;
    }

    private static void countOther(Map<Long, Hits> byNumber, Hits already, long number, int frame) {
        Hits h = byNumber.get(number);
        if (h != null && h != already) count(h, frame);
    }

    private static void count(Hits h, int frame) {
        if (!h.frames.isEmpty() && h.frames.get(h.frames.size() - 1) == frame) return;
        h.total++;
        if (h.frames.size() < ManualTrace.LIMIT) h.frames.add(frame);
    }
}
