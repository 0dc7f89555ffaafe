package org.resetlens.dissect;

/**
 * The TCP fields only the load-time analysis can fill (package {@code model}, through
 * {@link FrameAnalysis#decorateTcp}): stream index, relative numbers, window scaling, timing and
 * {@code tcp.analysis.*}. Registered with TCP so filters know them from start-up.
 */
final class TcpAnalysisFields {
    private TcpAnalysisFields() { }

    static void register(FieldRegistry r) {
        r.register("tcp.stream", "Stream index", FieldType.UINT32, Base.DEC, 0, "");
        r.register("tcp.completeness", "Conversation completeness", FieldType.UINT8, Base.CUSTOM, 0,
                "The completeness of the conversation capture");
        r.register("tcp.seq", "Sequence Number", FieldType.UINT32, Base.DEC, 0, "");
        r.register("tcp.nxtseq", "Next Sequence Number", FieldType.UINT32, Base.DEC, 0, "");
        r.register("tcp.ack", "Acknowledgment Number", FieldType.UINT32, Base.DEC, 0, "");
        r.register("tcp.window_size", "Calculated window size", FieldType.UINT32, Base.DEC, 0,
                "The scaled window size (if scaling has been used)");
        r.register("tcp.window_size_scalefactor", "Window size scaling factor", FieldType.INT32, Base.DEC, 0,
                "The window size scaling factor (-1 when unknown, -2 when no scaling is used)");
        r.register("tcp.time_relative", "Time since first frame in this TCP stream", FieldType.RELATIVE_TIME,
                Base.NONE, 0, "Time relative to first frame in this TCP stream");
        r.register("tcp.time_delta", "Time since previous frame in this TCP stream", FieldType.RELATIVE_TIME,
                Base.NONE, 0, "Time delta from previous frame in this TCP stream");
        r.register("tcp.analysis", "SEQ/ACK analysis", FieldType.NONE, Base.NONE, 0,
                "This frame has some of the TCP analysis shown");
        r.register("tcp.analysis.flags", "TCP Analysis Flags", FieldType.NONE, Base.NONE, 0,
                "This frame has some of the TCP analysis flags set");
        String[][] flags = {
            {"tcp.analysis.retransmission", "This frame is a (suspected) retransmission"},
            {"tcp.analysis.fast_retransmission", "This frame is a (suspected) fast retransmission"},
            {"tcp.analysis.spurious_retransmission", "This frame is a (suspected) spurious retransmission"},
            {"tcp.analysis.out_of_order", "This frame is a (suspected) out-of-order segment"},
            {"tcp.analysis.lost_segment", "Previous segment(s) not captured (common at capture start)"},
            {"tcp.analysis.ack_lost_segment", "ACKed segment that wasn't captured (common at capture start)"},
            {"tcp.analysis.duplicate_ack", "Duplicate ACK"},
            {"tcp.analysis.zero_window", "TCP Zero Window segment"},
            {"tcp.analysis.zero_window_probe", "TCP Zero Window Probe"},
            {"tcp.analysis.zero_window_probe_ack", "ACK to a TCP Zero Window Probe"},
            {"tcp.analysis.window_full", "TCP window specified by the receiver is now completely full"},
            {"tcp.analysis.window_update", "TCP window update"},
            {"tcp.analysis.keep_alive", "TCP keep-alive segment"},
            {"tcp.analysis.keep_alive_ack", "ACK to a TCP keep-alive segment"},
            {"tcp.analysis.reused_ports",
                "A new tcp session is started with the same ports as an earlier session in this trace"},
        };
        for (String[] f : flags) r.register(f[0], f[1], FieldType.NONE, Base.NONE, 0, "");
        r.register("tcp.analysis.duplicate_ack_num", "Duplicate ACK #", FieldType.UINT32, Base.DEC, 0,
                "This is duplicate ACK number #");
        r.register("tcp.analysis.duplicate_ack_frame", "Duplicate to the ACK in frame", FieldType.FRAMENUM,
                Base.NONE, 0, "This is a duplicate to the ACK in frame #");
        r.register("tcp.analysis.ack_rtt", "The RTT to ACK the segment was", FieldType.RELATIVE_TIME, Base.NONE, 0,
                "How long time it took to ACK the segment (RTT)");
        r.register("tcp.analysis.initial_rtt", "iRTT", FieldType.RELATIVE_TIME, Base.NONE, 0,
                "How long it took for the SYN to ACK handshake (iRTT)");
        r.register("tcp.analysis.bytes_in_flight", "Bytes in flight", FieldType.UINT32, Base.DEC, 0,
                "How many bytes are now in flight for this connection");
        r.register("tcp.analysis.push_bytes_sent", "Bytes sent since last PSH flag", FieldType.UINT32, Base.DEC, 0, "");
        r.register("tcp.analysis.acks_frame", "This is an ACK to the segment in frame", FieldType.FRAMENUM,
                Base.NONE, 0, "Which previous segment is this an ACK for");
        r.register("tcp.analysis.rto", "The RTO for this segment was", FieldType.RELATIVE_TIME, Base.NONE, 0, "");
        r.register("tcp.analysis.rto_frame", "RTO based on delta from frame", FieldType.FRAMENUM, Base.NONE, 0, "");
    }
}
