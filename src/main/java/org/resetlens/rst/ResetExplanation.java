package org.resetlens.rst;

import java.util.List;

/**
 * Everything the engine says about one reset.
 *
 * @param frame                Wireshark's 1-based frame number of R
 * @param index                position of R in its stream (0-based)
 * @param stream               {@code tcp.stream}
 * @param sender               who sent R (client, server, or a middlebox in one's name)
 * @param senderAddress        R's source address and port
 * @param peerAddress          R's destination address and port
 * @param serverPort           the stream's server port
 * @param state                the connection state R found, e.g. {@code established}, {@code handshake}
 * @param seqAck               the SEQ/ACK arithmetic
 * @param accepted             whether P took the reset, and {@code acceptance} says why
 * @param chain                the trace-back chain, in order
 * @param trigger              1-based frame number of the trigger, or null
 * @param evidence             the deciding rule first, then the arithmetic and acceptance checks
 * @param explanation          plain words a support engineer can paste into a ticket
 * @param sinceTriggerSeconds  time from the trigger to R, or null
 * @param sincePeerLastSeconds time from P's last segment to R, or null
 * @param zeekState            Zeek's {@code conn_state} of the stream
 * @param manual               the manual trace-back (filter and frames)
 */
public record ResetExplanation(int frame, int index, int stream, SenderRole sender, String senderAddress, int senderPort,
                               String peerAddress, int peerPort, int serverPort, String state, SeqAck seqAck,
                               Accepted accepted, String acceptance, List<ChainLink> chain, Cause cause,
                               Confidence confidence, boolean benign, Integer trigger, List<Evidence> evidence,
                               String explanation, Double sinceTriggerSeconds, Double sincePeerLastSeconds,
                               String zeekState, ManualTrace manual) {
    public ResetExplanation {
        chain = List.copyOf(chain);
        evidence = List.copyOf(evidence);
    }

    ResetExplanation withManual(ManualTrace m) {
        return new ResetExplanation(frame, index, stream, sender, senderAddress, senderPort, peerAddress, peerPort,
                serverPort, state, seqAck, accepted, acceptance, chain, cause, confidence, benign, trigger, evidence,
                explanation, sinceTriggerSeconds, sincePeerLastSeconds, zeekState, m);
    }

    ResetExplanation withExplanation(String text) {
        return new ResetExplanation(frame, index, stream, sender, senderAddress, senderPort, peerAddress, peerPort,
                serverPort, state, seqAck, accepted, acceptance, chain, cause, confidence, benign, trigger, evidence,
                text, sinceTriggerSeconds, sincePeerLastSeconds, zeekState, manual);
    }
}
