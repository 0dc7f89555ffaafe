package org.resetlens.rst;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the engine says about one reset. The verdict (who sent it, the cause, the trigger, the timing)
 * is decided when the capture is explained; the words and lists that show it (state, SEQ/ACK arithmetic,
 * acceptance, chain, evidence, explanation, manual trace) are written the first time one of them is asked
 * for, from the same rules over the same stream, so a capture's resets can be counted and grouped without
 * writing prose for each of them.
 *
 * <ul>
 *   <li>{@code frame}: Wireshark's 1-based frame number of R; {@code index}: position of R in its stream
 *       (0-based); {@code stream}: {@code tcp.stream}</li>
 *   <li>{@code sender}: who sent R (client, server, or a middlebox in one's name); {@code senderAddress}/
 *       {@code senderPort} R's source, {@code peerAddress}/{@code peerPort} its destination;
 *       {@code serverPort} the stream's server port</li>
 *   <li>{@code state}: the connection state R found, e.g. {@code established}, {@code handshake}</li>
 *   <li>{@code seqAck}: the SEQ/ACK arithmetic; {@code accepted}: whether P took the reset, and
 *       {@code acceptance} says why</li>
 *   <li>{@code chain}: the trace-back chain, in order; {@code trigger}: 1-based frame number of the
 *       trigger, or null</li>
 *   <li>{@code evidence}: the deciding rule first, then the arithmetic and acceptance checks</li>
 *   <li>{@code explanation}: plain words a support engineer can paste into a ticket</li>
 *   <li>{@code sinceTriggerSeconds}: time from the trigger to R, {@code sincePeerLastSeconds}: time from P's
 *       last segment to R, or null</li>
 *   <li>{@code zeekState}: Zeek's {@code conn_state} of the stream; {@code manual}: the manual trace-back
 *       (filter and frames)</li>
 * </ul>
 */
public final class ResetExplanation {
    /** The parts of an explanation that are words and lists, written on first use. */
    record Details(String state, SeqAck seqAck, Accepted accepted, String acceptance, List<ChainLink> chain,
                   List<Evidence> evidence, String explanation, ManualTrace manual) {
        Details {
            chain = List.copyOf(chain);
            evidence = List.copyOf(evidence);
        }
    }

    private final int frame, index, stream;
    private final SenderRole sender;
    private final String senderAddress, peerAddress;
    private final int senderPort, peerPort, serverPort;
    private final Cause cause;
    private final Confidence confidence;
    private final boolean benign;
    private final Integer trigger;
    private final Double sinceTriggerSeconds, sincePeerLastSeconds;
    private final String zeekState;
    /** A repeated pattern's sentence appended to the explanation, or "". */
    private final String patternSentence;
    private final Supplier<Details> writer;
    /* The words once written, softly held: they can always be written again (a capture may have more
     * resets than fit in memory with all their words). */
    private volatile SoftReference<Details> details;

    ResetExplanation(int frame, int index, int stream, SenderRole sender, String senderAddress, int senderPort,
                     String peerAddress, int peerPort, int serverPort, Cause cause, Confidence confidence,
                     boolean benign, Integer trigger, Double sinceTriggerSeconds, Double sincePeerLastSeconds,
                     String zeekState, Supplier<Details> writer) {
        this(frame, index, stream, sender, senderAddress, senderPort, peerAddress, peerPort, serverPort, cause,
                confidence, benign, trigger, sinceTriggerSeconds, sincePeerLastSeconds, zeekState, "", writer);
    }

    private ResetExplanation(int frame, int index, int stream, SenderRole sender, String senderAddress,
                             int senderPort, String peerAddress, int peerPort, int serverPort, Cause cause,
                             Confidence confidence, boolean benign, Integer trigger, Double sinceTriggerSeconds,
                             Double sincePeerLastSeconds, String zeekState, String patternSentence,
                             Supplier<Details> writer) {
        this.frame = frame;
        this.index = index;
        this.stream = stream;
        this.sender = sender;
        this.senderAddress = senderAddress;
        this.senderPort = senderPort;
        this.peerAddress = peerAddress;
        this.peerPort = peerPort;
        this.serverPort = serverPort;
        this.cause = cause;
        this.confidence = confidence;
        this.benign = benign;
        this.trigger = trigger;
        this.sinceTriggerSeconds = sinceTriggerSeconds;
        this.sincePeerLastSeconds = sincePeerLastSeconds;
        this.zeekState = zeekState;
        this.patternSentence = patternSentence;
        this.writer = Objects.requireNonNull(writer);
    }

    /** The same reset with a repeated pattern's sentence after its explanation. */
    ResetExplanation withPattern(String sentence) {
        String joined = patternSentence.isEmpty() ? sentence : patternSentence + " " + sentence;
        return new ResetExplanation(frame, index, stream, sender, senderAddress, senderPort, peerAddress, peerPort,
                serverPort, cause, confidence, benign, trigger, sinceTriggerSeconds, sincePeerLastSeconds, zeekState,
                joined, writer);
    }

    private Details details() {
        SoftReference<Details> ref = details;
        Details d = ref == null ? null : ref.get();
        if (d == null) {
            d = writer.get();
            details = new SoftReference<>(d);
        }
        return d;
    }

    public int frame() { return frame; }
    public int index() { return index; }
    public int stream() { return stream; }
    public SenderRole sender() { return sender; }
    public String senderAddress() { return senderAddress; }
    public int senderPort() { return senderPort; }
    public String peerAddress() { return peerAddress; }
    public int peerPort() { return peerPort; }
    public int serverPort() { return serverPort; }
    public Cause cause() { return cause; }
    public Confidence confidence() { return confidence; }
    public boolean benign() { return benign; }
    public Integer trigger() { return trigger; }
    public Double sinceTriggerSeconds() { return sinceTriggerSeconds; }
    public Double sincePeerLastSeconds() { return sincePeerLastSeconds; }
    public String zeekState() { return zeekState; }

    public String state() { return details().state(); }
    public SeqAck seqAck() { return details().seqAck(); }
    public Accepted accepted() { return details().accepted(); }
    public String acceptance() { return details().acceptance(); }
    public List<ChainLink> chain() { return details().chain(); }
    public List<Evidence> evidence() { return details().evidence(); }
    public ManualTrace manual() { return details().manual(); }

    public String explanation() {
        String text = details().explanation();
        return patternSentence.isEmpty() ? text : text + " " + patternSentence;
    }

    @Override
    public String toString() {
        return "reset frame " + frame + " (stream " + stream + ", " + sender.id() + "): " + cause.id();
    }
}
