package org.resetlens.rst;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes the manual trace-back of every reset of a stream in one pass over the stream's raw numbers. */
final class ManualTraces {
    private ManualTraces() { }

    static List<ResetExplanation> attach(StreamIndex x, List<Integer> resets, List<ResetExplanation> explained) {
        StreamView v = x.v;
        Map<Long, List<Integer>> byNumber = new HashMap<>();
        long[] numbers = new long[resets.size()];
        for (int k = 0; k < resets.size(); k++) {
            int r = resets.get(k);
            numbers[k] = v.has(r, StreamView.ACK) ? v.ack(r) : v.seq(r);
            byNumber.computeIfAbsent(numbers[k], n -> new ArrayList<>()).add(k);
        }
        List<List<Integer>> frames = new ArrayList<>();
        int[] totals = new int[resets.size()];
        for (int k = 0; k < resets.size(); k++) frames.add(new ArrayList<>());
        for (int i = 0; i < x.n; i++) {
            long nxt = v.nxtseq(i), ack = v.ack(i), seq = v.seq(i);
            List<Integer> hit = byNumber.get(nxt);
            List<Integer> hitAck = ack != nxt ? byNumber.get(ack) : null;
            List<Integer> hitSeq = seq != nxt && seq != ack ? byNumber.get(seq) : null;
            for (List<Integer> h : new List[] {hit, hitAck, hitSeq}) {
                if (h == null) continue;
                for (int k : h) {
                    totals[k]++;
                    if (frames.get(k).size() < ManualTrace.LIMIT) frames.get(k).add(v.frame(i) + 1);
                }
            }
        }
        List<ResetExplanation> out = new ArrayList<>(explained.size());
        for (int k = 0; k < explained.size(); k++) {
            out.add(explained.get(k).withManual(new ManualTrace(v.stream(), numbers[k],
                    ManualTrace.filterFor(v.stream(), numbers[k]), frames.get(k), totals[k])));
        }
        return out;
    }
}
