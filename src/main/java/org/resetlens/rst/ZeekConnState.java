package org.resetlens.rst;

/** Zeek's {@code conn_state} of a TCP stream (REJ, RSTO, RSTR, RSTOS0, RSTRH, SH, SHR, S0..S3, SF, OTH). */
final class ZeekConnState {
    private ZeekConnState() { }

    static String of(StreamView v) {
        boolean synO = false, synAckR = false, finO = false, finR = false;
        int firstRst = -1;
        for (int i = 0; i < v.size(); i++) {
            int f = v.flags(i);
            boolean o = v.fromClient(i);
            if ((f & StreamView.RST) != 0) {
                if (firstRst < 0) firstRst = o ? 0 : 1;
                continue;
            }
            if ((f & StreamView.SYN) != 0) {
                if (o && (f & StreamView.ACK) == 0) synO = true;
                if (!o && (f & StreamView.ACK) != 0) synAckR = true;
            }
            if ((f & StreamView.FIN) != 0) {
                if (o) finO = true;
                else finR = true;
            }
        }
        if (!synO && !synAckR) return "OTH";
        if (synO && !synAckR) {
            if (firstRst == 1) return "REJ";
            if (firstRst == 0) return "RSTOS0";
            return finO ? "SH" : "S0";
        }
        if (!synO) {
            if (firstRst == 1) return "RSTRH";
            return finR ? "SHR" : "OTH";
        }
        if (firstRst == 0) return "RSTO";
        if (firstRst == 1) return "RSTR";
        if (finO && finR) return "SF";
        if (finO) return "S2";
        return finR ? "S3" : "S1";
    }
}
