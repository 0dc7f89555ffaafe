package org.resetlens.rst;

/**
 * The SEQ/ACK arithmetic of a reset R from E to P. Numbers are raw; -1 marks a value the capture does not hold.
 *
 * @param seq            R.seq
 * @param ack            R.ack (meaningful only when {@code ackFlag})
 * @param senderNext     E.nxt: the highest {@code tcp.nxtseq} E had sent before R
 * @param peerNext       P.nxt: the highest {@code tcp.nxtseq} P had sent before R
 * @param peerExpected   the last ACK P sent before R: the sequence number P expects next
 * @param seqOffset      R.seq - peerExpected (signed, modulo 2^32); 0 when the reset is exactly acceptable
 * @param inWindow       R.seq lies in P's last advertised (unscaled) receive window
 * @param ackIsPeerNext  R.ack = P.nxt: E had accepted everything P sent
 */
public record SeqAck(long seq, long ack, boolean ackFlag, long senderNext, long peerNext, long peerExpected,
                     long seqOffset, boolean inWindow, boolean ackIsPeerNext) {

    /** R.seq equals P's next expected sequence number. */
    public boolean seqIsExpected() {
        return peerExpected >= 0 && seqOffset == 0;
    }

    /** One line for people, e.g. {@code R.seq 448284573 = P's next expected; R.ack 1296213481 = P.nxt}. */
    public String describe() {
        StringBuilder sb = new StringBuilder("R.seq ").append(seq);
        if (peerExpected < 0) sb.append(" (P never acknowledged anything)");
        else if (seqOffset == 0) sb.append(" = P's next expected");
        else sb.append(seqOffset > 0 ? " is " + seqOffset + " above" : " is " + (-seqOffset) + " below")
                .append(" P's next expected ").append(peerExpected).append(inWindow ? " (in window)" : " (out of window)");
        if (senderNext >= 0) sb.append(seq == senderNext ? ", = E.nxt" : ", E.nxt " + senderNext);
        if (ackFlag) {
            sb.append("; R.ack ").append(ack);
            if (peerNext >= 0) sb.append(ackIsPeerNext ? " = P.nxt" : " vs P.nxt " + peerNext);
        } else {
            sb.append("; no ACK bit");
        }
        return sb.toString();
    }
}
