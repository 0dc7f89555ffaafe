package org.resetlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.resetlens.rst.ChainLink;
import org.resetlens.rst.Evidence;
import org.resetlens.rst.ResetExplanation;
import org.resetlens.rst.ResetPattern;
import org.resetlens.rst.ResetReport;
import org.resetlens.rst.ResetSummary;
import org.resetlens.rst.SeqAck;

/** The JSON shapes of {@code resets --json} (one object per reset) and {@code resets --summary --json}. */
final class ResetsJson {
    private static final ObjectMapper M = new ObjectMapper();

    private ResetsJson() { }

    /**
     * Writes {@code resets --json} to {@code out}: an array with one object per reset, pretty-printed, one
     * reset at a time, so a capture with tens of thousands of resets never holds its whole JSON in memory.
     */
    static void writeResets(ResetReport report, java.io.OutputStream out) {
        JsonArrays.write(M, out, report.resets(), ResetsJson::reset);
    }

    static ObjectNode reset(ResetExplanation r) {
        ObjectNode o = M.createObjectNode();
        o.put("frame", r.frame());
        o.put("stream", r.stream());
        o.put("sender", r.sender().endpoint());
        o.put("sender_role", r.sender().id());
        o.put("src", r.senderAddress());
        o.put("srcport", r.senderPort());
        o.put("dst", r.peerAddress());
        o.put("dstport", r.peerPort());
        o.put("server_port", r.serverPort());
        o.put("cause", r.cause().id());
        o.put("confidence", r.confidence().id());
        o.put("benign", r.benign());
        o.put("accepted", r.accepted().id());
        o.put("acceptance", r.acceptance());
        if (r.trigger() == null) o.putNull("trigger");
        else o.put("trigger", r.trigger());
        ArrayNode chain = o.putArray("chain");
        for (ChainLink l : r.chain()) {
            chain.addObject().put("role", l.role().id()).put("frame", l.frame()).put("note", l.note());
        }
        ArrayNode ev = o.putArray("evidence");
        for (Evidence e : r.evidence()) {
            ObjectNode x = ev.addObject().put("rule", e.rule());
            ArrayNode facts = x.putArray("facts");
            e.facts().forEach(facts::add);
        }
        o.put("explanation", r.explanation());
        o.put("state", r.state());
        SeqAck sa = r.seqAck();
        ObjectNode s = o.putObject("seq_ack");
        s.put("seq", sa.seq());
        if (sa.ackFlag()) s.put("ack", sa.ack());
        else s.putNull("ack");
        putNumber(s, "sender_next", sa.senderNext());
        putNumber(s, "peer_next", sa.peerNext());
        putNumber(s, "peer_expected", sa.peerExpected());
        s.put("seq_is_expected", sa.seqIsExpected());
        s.put("in_window", sa.inWindow());
        s.put("ack_is_peer_next", sa.ackIsPeerNext());
        s.put("text", sa.describe());
        putSeconds(o, "since_trigger", r.sinceTriggerSeconds());
        putSeconds(o, "since_peer_last", r.sincePeerLastSeconds());
        o.put("zeek_state", r.zeekState());
        if (r.manual() != null) {
            ObjectNode m = o.putObject("manual");
            m.put("number", r.manual().number());
            m.put("filter", r.manual().filter());
            ArrayNode frames = m.putArray("frames");
            r.manual().frames().forEach(frames::add);
            m.put("total", r.manual().total());
        }
        return o;
    }

    static ObjectNode summary(ResetReport report) {
        ObjectNode o = M.createObjectNode();
        o.put("resets", report.resets().size());
        ArrayNode groups = o.putArray("groups");
        for (ResetSummary s : report.summaries()) {
            ObjectNode g = groups.addObject();
            g.put("cause", s.cause().id());
            g.put("sender", s.sender().endpoint());
            g.put("sender_role", s.sender().id());
            g.put("server_port", s.serverPort());
            g.put("src", s.hostA());
            g.put("dst", s.hostB());
            g.put("count", s.count());
            ArrayNode frames = g.putArray("frames");
            s.frames().forEach(frames::add);
            g.put("text", s.text());
        }
        ArrayNode patterns = o.putArray("patterns");
        for (ResetPattern p : report.patterns()) {
            ObjectNode g = patterns.addObject();
            g.put("cause", p.cause().id());
            g.put("sender", p.sender().endpoint());
            g.put("client", p.client());
            g.put("server", p.server());
            g.put("server_port", p.serverPort());
            ArrayNode opening = g.putArray("opening");
            p.opening().forEach(opening::add);
            g.put("count", p.count());
            ArrayNode frames = g.putArray("frames");
            p.frames().forEach(frames::add);
            g.put("text", p.text());
        }
        return o;
    }

    static String pretty(Object node) {
        try {
            return M.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNumber(ObjectNode o, String key, long v) {
        if (v < 0) o.putNull(key);
        else o.put(key, v);
    }

    private static void putSeconds(ObjectNode o, String key, Double v) {
        if (v == null) o.putNull(key);
        else o.put(key, Math.round(v * 1e9) / 1e9);
    }
}
