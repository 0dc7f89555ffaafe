package org.resetlens.rst;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resetlens.core.Timestamps;

/** Writes the plain-language explanation of a reset, the sentences a support engineer pastes into a ticket. */
final class ExplanationWriter {
    private ExplanationWriter() { }

    static String write(ResetContext c, Verdict v, SenderRole role, boolean followUp, int followUpOf) {
        String e = c.eName(), p = c.pName();
        List<String> facts = v.origin().facts();
        int tr = v.trigger();
        String trig = tr >= 0 ? what(c, tr) + " (frame " + c.frameNo(tr) + ")" : null;
        String since = tr >= 0 ? ResetContext.secs(c.sinceNanos(tr)) : null;
        String s = switch (v.cause()) {
            case REFUSED -> "The " + e + " refused the connection: the " + p + "'s SYN to port " + c.v.serverPort()
                    + (trig != null ? " (frame " + c.frameNo(tr) + ")" : "") + " was answered at once with RST,ACK. "
                    + "Nothing listens on that port, or the host refuses the connection there; the reset carries the "
                    + e + "'s own TTL, so it came from the " + e + " itself.";
            case MIDDLEBOX_INJECTED -> "A device on the path (firewall, IPS or load balancer) reset the connection "
                    + "in the " + e + "'s name" + (trig != null ? ", reacting to " + trig : "") + ". "
                    + "The " + e + " itself did not send it: " + plain(String.join("; ", facts.subList(0,
                    Math.max(1, facts.size() - (tr >= 0 ? 1 : 0)))), e, p) + ".";
            case REQUEST_TIMEOUT -> "The " + e + " reset the connection " + secs1(c.sinceNanos(c.x.prevData[c.e][c.r]))
                    + " after its " + (trig != null ? trig : "last request") + " got no response; the " + p
                    + (Exchange.eUnacked(c) ? " had not even acknowledged the request."
                    : " had acknowledged the request at the TCP level but never answered it.");
            case RETRANSMISSION_TIMEOUT -> "The " + e + " gave up after sending the same data again and again "
                    + "without an acknowledgment (first sent in frame " + c.frameNo(tr) + ", " + since
                    + " before the reset): the " + p + " or the path had stopped delivering.";
            case KEEPALIVE_TIMEOUT -> "The " + e + "'s keep-alive probes (from frame " + c.frameNo(tr)
                    + ") went unanswered, so its TCP stack declared the " + p + " unreachable and reset the connection "
                    + since + " after the first probe.";
            case APP_ABORT -> "The " + e + "'s application aborted the connection in the middle of an exchange"
                    + (trig != null ? ", cutting off the exchange that began with " + trig : " while the " + p
                    + " was still sending, without any request of its own") + ". This is a crash, a cancelled "
                    + "operation or a close with SO_LINGER 0, not a network problem.";
            case UNREAD_DATA_CLOSE -> "The " + e + " closed the connection while the " + p + "'s "
                    + (tr < 0 ? "data" : Exchange.describe(c, tr) != null ? Exchange.describe(c, tr) + " (frame "
                    + c.frameNo(tr) + ")" : c.v.len(tr) + "-byte data (frame " + c.frameNo(tr) + ")")
                    + " was still unread; its TCP stack sends a reset "
                    + "instead of a FIN in that case (RFC 2525). Typically the " + e + " read what it needed and "
                    + "closed without reading the rest.";
            case DATA_AFTER_CLOSE -> "The " + e + " had already closed the connection (FIN in frame "
                    + c.frameNo(c.x.firstFin[c.e]) + ") when the " + p + "'s data arrived"
                    + (trig != null ? " (frame " + c.frameNo(tr) + ")" : "") + "; the " + e
                    + "'s stack answered that data with a reset.";
            case HALF_OPEN -> "The " + e + " no longer knew this connection (restarted, process gone, or NAT or "
                    + "load-balancer state expired) and answered the " + p + "'s segment"
                    + (trig != null ? " (frame " + c.frameNo(tr) + ")" : "") + " with a reset.";
            case AFTER_RESET -> "The " + e + " had already reset the connection (frame " + c.frameNo(c.x.prevRst[c.e][c.r])
                    + "), but the " + p + " kept sending" + (trig != null ? " (frame " + c.frameNo(tr) + ")" : "")
                    + ": the first reset was lost or not accepted, so the " + e + " reset again.";
            case ZERO_WINDOW_ABORT -> "The " + p + "'s receive window stayed at zero from frame " + c.frameNo(tr)
                    + " on (" + since + "); the " + e + " gave up waiting for it to open and reset the connection.";
            case RESOURCE_EXHAUSTION -> "The " + e + " reset the " + p + "'s handshake-completing ACK"
                    + (trig != null ? " (frame " + c.frameNo(tr) + ")" : "") + ": it was overloaded (listen queue "
                    + "full, tcp_abort_on_overflow). " + capitalized(plain(String.join("; ", facts.subList(1, facts.size())), e, p))
                    + (facts.size() > 1 ? "." : "");
            case ABORTIVE_CLOSE -> "A normal fast close: the exchange" + (trig != null ? " that began with " + trig : "")
                    + " was complete and the " + e + " closed with a reset instead of a FIN. This is benign.";
            case NO_CONTEXT -> "The capture holds too little of this connection to say why the " + e
                    + " reset it (no handshake and only " + (c.x.n - 1) + " other packet"
                    + (c.x.n == 2 ? "" : "s") + ").";
            case UNKNOWN -> "None of the known reset patterns fits this reset" + (trig != null
                    ? "; the closest packet before it is " + trig : "") + ".";
        };
        if (role.middlebox() && v.cause() != Cause.MIDDLEBOX_INJECTED) s = "(Sent in the " + e + "'s name.) " + s;
        if (followUp) {
            s += " This reset is a follow-up of the " + e + "'s reset in frame " + c.frameNo(followUpOf)
                    + ": it answers a segment that was already on its way.";
        }
        return s;
    }

    /** What a frame was, in words: the application message, else a short TCP description. */
    static String what(ResetContext c, int i) {
        String app = Exchange.describe(c, i);
        if (app != null) return app;
        StreamView v = c.v;
        String who = v.fromClient(i) ? "client's" : "server's";
        if ((v.flags(i) & (StreamView.SYN | StreamView.ACK)) == StreamView.SYN) return "the " + who + " SYN";
        if (c.x.keepAlive[i]) return "the " + who + " keep-alive probe";
        if (v.len(i) > 0) return "the " + who + " " + v.len(i) + "-byte " + (v.fromClient(i) ? "request" : "data");
        if (v.has(i, StreamView.FIN)) return "the " + who + " FIN";
        return "the " + who + " " + ChainBuilder.flagText(v.flags(i)) + " segment";
    }

    /* The notation's letters as whole words (not "E." in an abbreviation), compiled once. */
    private static final Pattern SENDER = Pattern.compile("\\bE\\b(?!\\.)"), PEER = Pattern.compile("\\bP\\b(?!\\.)"),
            RESET = Pattern.compile("\\bR\\b(?!\\.)");

    /** Evidence notation in words: E → the sender, P → the peer, R → the reset. */
    static String plain(String fact, String e, String p) {
        String s = SENDER.matcher(fact).replaceAll(Matcher.quoteReplacement("the " + e));
        s = PEER.matcher(s).replaceAll(Matcher.quoteReplacement("the " + p));
        return RESET.matcher(s).replaceAll("the reset");
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String secs1(long nanos) {
        return nanos >= 1_000_000_000L ? Timestamps.seconds(nanos, 1) + " s" : ResetContext.ms(nanos);
    }
}
