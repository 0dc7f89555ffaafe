package org.resetlens.rst;

/**
 * One application request of a stream and its response, as the reset engine needs it.
 *
 * @param requestIndex     stream-local index of the packet that starts the request
 * @param fromClient       direction of the request
 * @param summary          e.g. {@code SMB2 CREATE Request} or {@code HTTP GET /index.html}
 * @param responseIndex    stream-local index of the packet that starts the response, or -1 when unanswered
 * @param responseSummary  e.g. {@code SMB2 CREATE Response} or {@code HTTP 200 OK}; empty when unanswered
 * @param responseComplete whether the whole response arrived (e.g. HTTP Content-Length reached)
 */
public record AppMessage(int requestIndex, boolean fromClient, String summary, int responseIndex,
                         String responseSummary, Completeness responseComplete) {

    /** Whether a response was seen in full. */
    public enum Completeness { COMPLETE, INCOMPLETE, UNKNOWN }

    public boolean answered() {
        return responseIndex >= 0;
    }
}
