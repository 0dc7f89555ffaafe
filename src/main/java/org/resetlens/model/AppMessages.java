package org.resetlens.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every application request the load pass saw, paired with its response (or none), in columns;
 * {@link AppMessage} records are made on demand. Requests that got no response are first-class:
 * {@link #unanswered(int)}. Frames are 0-based. Immutable.
 */
public final class AppMessages {
    private static final AppProtocol[] PROTOCOLS = AppProtocol.values();
    /** Requests that never get a response by design: SMB2 CANCEL; SMB secondary requests and NT Cancel. */
    private static final int SMB2_CANCEL = 12;

    private final int count;
    private final byte[] protocol;
    private final boolean[] udp;
    private final int[] stream;
    private final int[] request;
    private final int[] response;
    private final long[] time;
    private final int[] command;
    private final long[] status;
    private final long[] messageId;
    private final int[] interim;
    private final String[] streamApp;
    /** TCP message indices grouped by stream: byStream[streamStart[s] .. streamStart[s + 1]). */
    private final int[] byStream;
    private final int[] streamStart;
    /** Message indices ordered by response frame (answered ones only). */
    private final int[] byResponse;
    private final java.util.Map<Integer, String> createNames;
    private final java.util.Map<FileKey, String> fileNames;

    /** An SMB2 open file: stream and FileId (persistent, volatile). */
    record FileKey(int stream, long persistent, long volatileId) { }

    /** The name an SMB2 CREATE request (message {@code i}) asked for, or null. */
    String createName(int i) {
        return createNames.get(i);
    }

    /** The name of the file an SMB2 CREATE opened with this FileId in the stream, or null. */
    String fileName(int stream, long persistent, long volatileId) {
        return fileNames.get(new FileKey(stream, persistent, volatileId));
    }

    AppMessages(int count, byte[] protocol, boolean[] udp, int[] stream, int[] request, int[] response, long[] time,
                int[] command, long[] status, long[] messageId, int[] interim, String[] streamApp,
                java.util.Map<Integer, String> createNames, java.util.Map<FileKey, String> fileNames) {
        this.createNames = createNames;
        this.fileNames = fileNames;
        this.count = count;
        this.protocol = protocol;
        this.udp = udp;
        this.stream = stream;
        this.request = request;
        this.response = response;
        this.time = time;
        this.command = command;
        this.status = status;
        this.messageId = messageId;
        this.interim = interim;
        this.streamApp = streamApp;
        int streams = streamApp.length;
        for (int i = 0; i < count; i++) if (!udp[i]) streams = Math.max(streams, stream[i] + 1);
        streamStart = new int[streams + 1];
        for (int i = 0; i < count; i++) if (!udp[i]) streamStart[stream[i] + 1]++;
        for (int s = 0; s < streams; s++) streamStart[s + 1] += streamStart[s];
        byStream = new int[streamStart[streams]];
        int[] fill = Arrays.copyOf(streamStart, streams);
        for (int i = 0; i < count; i++) if (!udp[i]) byStream[fill[stream[i]]++] = i;
        int answered = 0;
        for (int i = 0; i < count; i++) if (response[i] >= 0) answered++;
        // (response frame, request) pairs as longs, so the order is one primitive sort (ties by request)
        long[] order = new long[answered];
        int k = 0;
        for (int i = 0; i < count; i++) if (response[i] >= 0) order[k++] = ((long) response[i] << 32) | i;
        Arrays.sort(order);
        byResponse = new int[answered];
        for (int i = 0; i < answered; i++) byResponse[i] = (int) order[i];
    }

    static AppMessages empty() {
        return new AppMessages(0, new byte[0], new boolean[0], new int[0], new int[0], new int[0], new long[0],
                new int[0], new long[0], new long[0], new int[0], new String[0], java.util.Map.of(), java.util.Map.of());
    }

    /** Number of requests (TCP and UDP). */
    public int size() {
        return count;
    }

    public AppMessage get(int i) {
        return new AppMessage(i, PROTOCOLS[protocol[i]], udp[i], stream[i], request[i], response[i], time[i],
                command[i], status[i], messageId[i], interim[i]);
    }

    /** Every request in request-frame order. */
    public List<AppMessage> all() {
        List<AppMessage> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(get(i));
        return out;
    }

    /** The requests of TCP stream {@code tcpStream}, in order. */
    public List<AppMessage> ofStream(int tcpStream) {
        List<AppMessage> out = new ArrayList<>();
        if (tcpStream < 0 || tcpStream + 1 >= streamStart.length) return out;
        for (int k = streamStart[tcpStream]; k < streamStart[tcpStream + 1]; k++) out.add(get(byStream[k]));
        return out;
    }

    /** The requests of TCP stream {@code tcpStream} that got no response (by-design silent ones excluded). */
    public List<AppMessage> unanswered(int tcpStream) {
        List<AppMessage> out = new ArrayList<>();
        if (tcpStream < 0 || tcpStream + 1 >= streamStart.length) return out;
        for (int k = streamStart[tcpStream]; k < streamStart[tcpStream + 1]; k++) {
            int i = byStream[k];
            if (isUnanswered(i)) out.add(get(i));
        }
        return out;
    }

    public int unansweredCount(int tcpStream) {
        if (tcpStream < 0 || tcpStream + 1 >= streamStart.length) return 0;
        int n = 0;
        for (int k = streamStart[tcpStream]; k < streamStart[tcpStream + 1]; k++) if (isUnanswered(byStream[k])) n++;
        return n;
    }

    private boolean isUnanswered(int i) {
        if (response[i] >= 0) return false;
        AppProtocol p = PROTOCOLS[protocol[i]];
        if (p == AppProtocol.SMB2 && command[i] == SMB2_CANCEL) return false;
        if (p == AppProtocol.SMB) {
            int c = command[i];
            if (c == 0x26 || c == 0x33 || c == 0xa1 || c == 0xa4) return false;
        }
        return true;
    }

    /** The application protocol of TCP stream {@code tcpStream} ("SMB2", "HTTP", "TLS"...), or "". */
    public String streamProtocol(int tcpStream) {
        return tcpStream >= 0 && tcpStream < streamApp.length && streamApp[tcpStream] != null ? streamApp[tcpStream] : "";
    }

    /** The requests sent in {@code frame} (several for SMB2 compounds or pipelined HTTP). */
    public List<AppMessage> requestsIn(int frame) {
        List<AppMessage> out = new ArrayList<>(1);
        int lo = lowerBound(frame, false);
        for (int k = lo; k < count && request[k] == frame; k++) out.add(get(k));
        return out;
    }

    /** The requests answered in {@code frame}. */
    public List<AppMessage> responsesIn(int frame) {
        List<AppMessage> out = new ArrayList<>(1);
        int lo = lowerBound(frame, true);
        for (int k = lo; k < byResponse.length && response[byResponse[k]] == frame; k++) out.add(get(byResponse[k]));
        return out;
    }

    private int lowerBound(int frame, boolean byResp) {
        int lo = 0, hi = byResp ? byResponse.length : count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int f = byResp ? response[byResponse[mid]] : request[mid];
            if (f < frame) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The message index whose request (or, with {@code asResponse}, response) is in {@code frame} with this id, or -1. */
    int find(int frame, long id, boolean asResponse) {
        if (asResponse) {
            for (int k = lowerBound(frame, true); k < byResponse.length && response[byResponse[k]] == frame; k++) {
                if (messageId[byResponse[k]] == id) return byResponse[k];
            }
        } else {
            for (int k = lowerBound(frame, false); k < count && request[k] == frame; k++) {
                if (messageId[k] == id) return k;
            }
        }
        return -1;
    }

    int requestFrame(int i) {
        return request[i];
    }

    int responseFrame(int i) {
        return response[i];
    }

    long responseTime(int i) {
        return time[i];
    }
}
