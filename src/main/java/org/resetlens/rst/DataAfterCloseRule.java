package org.resetlens.rst;

import java.util.List;

/** {@code data-after-close}: FIN from E at seq f, then data from P, then R with R.seq = f+1. */
final class DataAfterCloseRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.DATA_AFTER_CLOSE;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        int fin = c.x.firstFin[c.e];
        if (fin < 0 || fin >= c.r) return null;
        int data = c.x.prevData[c.p][c.r];
        if (data < fin) return null;
        long f1 = c.v.nxtseq(fin);
        if (c.rSeq != f1) return null;
        return new Verdict(Cause.DATA_AFTER_CLOSE, Confidence.HIGH, data, List.of(
                "E sent FIN in frame " + c.frameNo(fin) + " (seq " + Seq.plus(f1, -1) + ")",
                "P sent " + c.v.len(data) + " bytes after it (frame " + c.frameNo(data) + ")",
                "R.seq " + c.rSeq + " = FIN seq + 1: E's stack had closed the receiving side"));
    }
}
