package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.dissect.FieldFormatter;

/**
 * The signs that a reset was forged in E's name by a device on the path (Weaver, Sommer and Paxson,
 * NDSS 2009): TTL and IP-ID out of line with E's own packets, E carrying on after R, R faster than E could
 * answer, resets to both ends, a stateless-looking reset on a connection E was using a moment ago.
 */
final class InjectionSigns {
    /** The TTL sign alone (R's TTL differs from E's usual TTL); null when it could not be judged. */
    final Boolean ttlMismatch;
    final String ttlFact;
    /** One sentence per sign found. */
    final List<String> signs = new ArrayList<>();
    /** Sentences about what was checked and found consistent. */
    final List<String> consistent = new ArrayList<>();

    private static final long ACTIVE_NANOS = 200_000_000L;

    InjectionSigns(ResetContext c) {
        Boolean[] mismatch = new Boolean[1];
        ttlFact = ttl(c, mismatch);
        ttlMismatch = mismatch[0];
        if (Boolean.TRUE.equals(ttlMismatch)) signs.add(ttlFact);
        else if (ttlMismatch != null) consistent.add(ttlFact);
        ipId(c);
        keptSending(c);
        tooFast(c);
        bothEnds(c);
        stateless(c);
    }

    /*
     * One method per sign: each is small enough to be compiled on its own, quickly, rather than as one
     * very large constructor (it runs once per reset).
     */

    /** TTL: against E's packets in this stream, else against the host's packets in the whole capture. */
    private static String ttl(ResetContext c, Boolean[] mismatch) {
        StreamIndex x = c.x;
        StreamView v = c.v;
        int r = c.r;
        int rTtl = v.ttl(r);

        int samples = x.ttlSamples[c.e], mode = x.ttlMode[c.e];
        int ref;
        boolean stable;
        String where;
        if (samples >= 2) {
            ref = mode;
            stable = x.ttlModeCount[c.e] == samples;
            where = "E's " + samples + " other packets in this stream";
        } else {
            ref = c.profile.usualTtl(c.eHost());
            int all = c.profile.ttlSamples(c.eHost());
            stable = ref >= 0 && c.profile.ttlOutliers(c.eHost(), ref) == 0;
            where = all + " packets of " + c.eHost() + " in the capture";
            samples = all;
        }
        if (ref < 0 || rTtl <= 0) {
            mismatch[0] = null;
            return "no other packet of " + c.eHost() + " to compare R's TTL " + rTtl + " with";
        }
        int diff = Math.abs(rTtl - ref);
        boolean differs = diff >= 2 || (diff == 1 && stable);
        mismatch[0] = differs;
        return differs
                ? "R's TTL " + rTtl + " differs from the TTL " + ref + (stable ? " of all " : " usual in ") + where
                : "R's TTL " + rTtl + " matches the TTL " + ref + " of " + where;
    }

    /** IP-ID: a reset claiming E's connection state should continue E's count. */
    private void ipId(ResetContext c) {
        StreamIndex x = c.x;
        StreamView v = c.v;
        int r = c.r;
        // IP-ID: E's packets count up; a reset claiming E's connection state (ACK set) or carrying a
        // non-zero ID should continue that count (stateless resets carry 0 on Linux, so 0 without ACK proves nothing)
        int last = x.prevNonRst[c.e][r];
        int before = last >= 0 ? x.prevNonRst[c.e][last] : -1;
        int rId = v.ipId(r);
        if (last >= 0 && before >= 0 && rId >= 0 && (rId != 0 || c.rHasAck)) {
            int a = v.ipId(before), b = v.ipId(last);
            int step = (b - a) & 0xffff;
            if (a > 0 && b > 0 && step > 0 && step <= 64) {
                int gap = (rId - b) & 0xffff;
                if (gap == 0 || gap > 256) {
                    signs.add("R's IP-ID " + hex(rId) + " is out of E's sequence (" + hex(a) + ", " + hex(b)
                            + " in frames " + c.frameNo(before) + ", " + c.frameNo(last) + ")");
                } else {
                    consistent.add("R's IP-ID " + hex(rId) + " continues E's sequence (" + hex(b) + " in frame "
                            + c.frameNo(last) + ")");
                }
            }
        }

    }

    /** E keeps sending after its own reset. */
    private void keptSending(ResetContext c) {
        StreamIndex x = c.x;
        StreamView v = c.v;
        int r = c.r;
        int after = x.nextNonRst[c.e][r];
        if (after >= 0 && !v.has(after, StreamView.SYN)) {
            signs.add("E kept sending after R: frame " + c.frameNo(after) + " " + ChainBuilder.flagText(v.flags(after))
                    + (v.len(after) > 0 ? " with " + v.len(after) + " bytes" : ""));
        }

    }

    /** R faster than E could have answered T, given E's distance from the capture point. */
    private void tooFast(ResetContext c) {
        StreamIndex x = c.x;
        int r = c.r;
        long eDistance = -1;
        if (x.hsSyn >= 0 && x.hsSynAck >= 0) {
            eDistance = c.e == 1 ? x.t(x.hsSynAck) - x.t(x.hsSyn)
                    : x.hsAck >= 0 ? x.t(x.hsAck) - x.t(x.hsSynAck) : -1;
        }
        if (c.t >= 0 && eDistance >= 1_000_000L) {
            long dt = x.t(r) - x.t(c.t);
            if (dt >= 0 && dt < eDistance / 2) {
                signs.add("R came " + ResetContext.ms(dt) + " after frame " + c.frameNo(c.t)
                        + ", sooner than E's round trip of " + ResetContext.ms(eDistance) + " allows");
            }
        }

    }

    /** Resets towards both ends at once. */
    private void bothEnds(ResetContext c) {
        StreamIndex x = c.x;
        int r = c.r;
        int pr = Math.max(x.prevRst[c.p][r], -1);
        int nr = x.nextRst[c.p][r];
        for (int o : new int[] {pr, nr}) {
            if (o >= 0 && Math.abs(x.t(o) - x.t(r)) <= 10_000_000L) {
                signs.add("a reset in the other direction (frame " + c.frameNo(o) + ") within "
                        + ResetContext.ms(Math.abs(x.t(o) - x.t(r))) + ": both ends were reset");
                break;
            }
        }

    }

    /** A stateless-looking reset answering a request on a connection E used a moment ago. */
    private void stateless(ResetContext c) {
        StreamIndex x = c.x;
        StreamView v = c.v;
        int r = c.r;
        if (!c.rHasAck && c.t >= 0 && v.len(c.t) > 0 && c.rSeq == v.ack(c.t)
                && x.prevRst[c.e][r] < 0 && (x.firstFin[c.e] < 0 || x.firstFin[c.e] > r)) {
            int eLast = x.prevNonRst[c.e][c.t];
            if (eLast >= 0 && x.t(c.t) - x.t(eLast) <= ACTIVE_NANOS) {
                signs.add("R answers the " + v.len(c.t) + "-byte request in frame " + c.frameNo(c.t)
                        + " as if E had no connection, yet E sent frame " + c.frameNo(eLast) + " only "
                        + ResetContext.ms(x.t(c.t) - x.t(eLast)) + " before it");
            }
        }
    }

    static String hex(int id) {
        return FieldFormatter.hexNumber(id, 4);
    }
}
