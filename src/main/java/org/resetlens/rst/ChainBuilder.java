package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the trace-back chain of rst-causes.md: acknowledged-until (P's segment whose nxtseq = R.ack),
 * sent-while-waiting (E's segments carrying ACK = R.ack), the unanswered request, and the trigger.
 */
final class ChainBuilder {
    private static final int MAX_WAITING = 8;

    private ChainBuilder() { }

    /** The unanswered application request before R (stream index), or -1. */
    static int unansweredRequest(ResetContext c) {
        if (!c.messages.isEmpty()) {
            AppMessage m = c.lastUnansweredBefore(c.r);
            return m != null ? m.requestIndex() : -1;
        }
        int clientRun = c.x.turnStart[0][c.r];
        if (clientRun >= 0 && c.x.prevData[1][c.r] < clientRun) return clientRun;
        return -1;
    }

    static List<ChainLink> build(ResetContext c, Verdict verdict) {
        List<ChainLink> chain = new ArrayList<>();
        int until = -1;
        if (c.rHasAck) {
            int i = c.x.firstReaching(c.p, c.rAck);
            if (i >= 0 && i < c.r) {
                until = i;
                chain.add(new ChainLink(ChainRole.ACKNOWLEDGED_UNTIL, c.frameNo(i), label(c, i)));
            }
            int[] carriers = c.x.ackCarriers(c.e, c.rAck, c.r, 256);
            List<Integer> picked = new ArrayList<>();
            for (int k = carriers.length - 1; k >= 0 && picked.size() < MAX_WAITING; k--) {
                int j = carriers[k];
                if (j <= until) break;
                if (c.v.len(j) > 0 || c.v.has(j, StreamView.FIN) || picked.size() < 2) picked.add(0, j);
            }
            for (int j : picked) chain.add(new ChainLink(ChainRole.SENT_WHILE_WAITING, c.frameNo(j), label(c, j)));
        }
        int req = unansweredRequest(c);
        if (req >= 0) {
            String name = Exchange.describe(c, req);
            chain.add(new ChainLink(ChainRole.UNANSWERED_REQUEST, c.frameNo(req),
                    (name != null ? name + ", " : "") + "waited " + ResetContext.secs(c.sinceNanos(req))));
        }
        if (verdict.trigger() >= 0) {
            chain.add(new ChainLink(ChainRole.TRIGGER, c.frameNo(verdict.trigger()), label(c, verdict.trigger())));
        }
        return chain;
    }

    static String label(ResetContext c, int i) {
        String app = Exchange.describe(c, i);
        StreamView v = c.v;
        StringBuilder sb = new StringBuilder(64);
        sb.append(v.fromClient(i) ? "client → server " : "server → client ");
        sb.append(flagText(v.flags(i)));
        if (v.len(i) > 0) sb.append(' ').append(v.len(i)).append(" bytes");
        if (c.x.keepAlive[i]) sb.append(" keep-alive");
        if (app != null) sb.append(": ").append(app);
        return sb.toString();
    }

    /** The flags a ladder label names, e.g. {@code [SYN, ACK]}. */
    static String flagText(int f) {
        return FLAG_TEXT[f & 0x1f];
    }

    /* Every combination of FIN, SYN, RST, PSH and ACK (the low five bits), worked out once. */
    private static final String[] FLAG_TEXT = new String[32];

    static {
        for (int f = 0; f < 32; f++) {
            List<String> names = new ArrayList<>();
            if ((f & StreamView.SYN) != 0) names.add("SYN");
            if ((f & StreamView.FIN) != 0) names.add("FIN");
            if ((f & StreamView.RST) != 0) names.add("RST");
            if ((f & StreamView.PSH) != 0) names.add("PSH");
            if ((f & StreamView.ACK) != 0) names.add("ACK");
            FLAG_TEXT[f] = "[" + String.join(", ", names) + "]";
        }
    }
}
