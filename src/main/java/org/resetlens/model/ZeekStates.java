package org.resetlens.model;

import org.resetlens.dissect.PacketSummary;

/**
 * Tracks each endpoint's TCP state the way Zeek's TCP analyzer does (inactive, SYN sent, SYN-ACK
 * sent, partial, established, closed, reset) and derives Zeek's {@code conn_state} for the stream,
 * relative to the originator (the client).
 */
final class ZeekStates {
    static final byte INACTIVE = 0, SYN_SENT = 1, SYN_ACK_SENT = 2, PARTIAL = 3, ESTABLISHED = 4, CLOSED = 5,
            RESET = 6;

    void update(TcpStreamState st, int d, int flags, int seglen) {
        TcpFlow self = st.flows[d], other = st.flows[1 - d];
        byte e = self.zeek;
        byte peer = other.zeek;
        if ((flags & PacketSummary.RST) != 0) {
            self.zeek = RESET;
            return;
        }
        if (e == RESET) return;
        boolean syn = (flags & PacketSummary.SYN) != 0;
        boolean ack = (flags & PacketSummary.ACK) != 0;
        if (syn && !ack) {
            if (e == INACTIVE) self.zeek = SYN_SENT;
        } else if (syn) {
            if (e == INACTIVE || e == SYN_SENT) self.zeek = SYN_ACK_SENT;
        } else {
            if (e == INACTIVE) {
                self.zeek = PARTIAL;
            } else if ((e == SYN_SENT || e == SYN_ACK_SENT) && peer != INACTIVE && peer != PARTIAL) {
                self.zeek = ESTABLISHED;
                if (peer == SYN_SENT || peer == SYN_ACK_SENT) other.zeek = ESTABLISHED;
            }
        }
        if ((flags & PacketSummary.FIN) != 0) self.zeek = CLOSED;
    }

    /** Zeek's conn_state for the stream; {@code orig} is the originator's flow index. */
    static String connState(TcpStreamState st, int orig) {
        byte os = st.flows[orig].zeek;
        byte rs = st.flows[1 - orig].zeek;
        boolean oInactive = os == INACTIVE || os == PARTIAL;
        boolean rInactive = rs == INACTIVE || rs == PARTIAL;
        if (rs == RESET) {
            if (os == SYN_SENT || os == SYN_ACK_SENT
                    || (os == RESET && st.flows[orig].payload == 0 && st.flows[1 - orig].payload == 0)) {
                return "REJ";
            }
            return oInactive ? "RSTRH" : "RSTR";
        }
        if (os == RESET) {
            if (rInactive) {
                TcpFlow o = st.flows[orig];
                return o.sentSyn && !st.flows[1 - orig].sentSynAck && o.payload == 0 ? "RSTOS0" : "OTH";
            }
            return "RSTO";
        }
        if (rs == CLOSED && os == CLOSED) return "SF";
        if (os == CLOSED) return rInactive ? "SH" : "S2";
        if (rs == CLOSED) return oInactive ? "SHR" : "S3";
        if (os == SYN_SENT && rs == INACTIVE) return "S0";
        if (os == ESTABLISHED && rs == ESTABLISHED) return "S1";
        return "OTH";
    }
}
