package org.resetlens.rst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts across all streams that single-stream rules compare against: each host's usual TTL, the reset
 * times of each service (server address and port) and how many of its connections got going.
 * Built in one pass over every stream before any reset is explained.
 */
final class CaptureProfile {
    /** Per address: TTL histogram over its non-RST packets. */
    private final Map<String, int[]> ttl = new HashMap<>();
    /** Per "server:port": times of resets the server side sent, per stream. */
    private final Map<String, List<long[]>> serviceResets = new HashMap<>();
    /** Per "server:port": streams whose handshake completed and that carried data. */
    private final Map<String, Integer> serviceSuccesses = new HashMap<>();
    private final Map<String, long[][]> sortedCache = new HashMap<>();

    /** Per direction (client, server): this stream's TTL counts, merged into {@link #ttl} once per stream. */
    private final int[][] streamTtl = new int[2][256];

    void add(StreamView v) {
        int n = v.size();
        boolean data = false, synAck = false;
        String service = null;
        int[] client = streamTtl[0], server = streamTtl[1];
        boolean anyTtl = false;
        for (int i = 0; i < n; i++) {
            int f = v.flags(i);
            boolean fromClient = v.fromClient(i);
            if ((f & StreamView.RST) != 0) {
                if (!fromClient) {
                    if (service == null) service = service(v);
                    serviceResets.computeIfAbsent(service, k -> new ArrayList<>())
                            .add(new long[] {v.timeNanos(i), v.stream()});
                }
                continue;
            }
            int t = v.ttl(i);
            if (t > 0 && t < 256) {
                (fromClient ? client : server)[t]++;
                anyTtl = true;
            }
            if (v.len(i) > 0) data = true;
            if (!fromClient && (f & (StreamView.SYN | StreamView.ACK)) == (StreamView.SYN | StreamView.ACK)) {
                synAck = true;
            }
        }
        if (anyTtl) {
            mergeTtl(v.clientAddress(), client);
            mergeTtl(v.serverAddress(), server);
        }
        if (data && synAck) serviceSuccesses.merge(service == null ? service(v) : service, 1, Integer::sum);
    }

    /** Adds a stream's counts for one host to its histogram and clears them for the next stream. */
    private void mergeTtl(String host, int[] counts) {
        int[] h = null;
        for (int t = 1; t < 256; t++) {
            if (counts[t] == 0) continue;
            if (h == null) h = ttl.computeIfAbsent(host, k -> new int[256]);
            h[t] += counts[t];
            counts[t] = 0;
        }
    }

    static String service(StreamView v) {
        return v.serverAddress() + ":" + v.serverPort();
    }

    /** The most common TTL of the host's non-RST packets, or -1 when none was seen. */
    int usualTtl(String host) {
        int[] h = ttl.get(host);
        if (h == null) return -1;
        int best = -1;
        for (int t = 0; t < 256; t++) if (h[t] > 0 && (best < 0 || h[t] > h[best])) best = t;
        return best;
    }

    /** How many non-RST packets of the host carried a TTL other than {@code usual}. */
    int ttlOutliers(String host, int usual) {
        int[] h = ttl.get(host);
        if (h == null) return 0;
        int c = 0;
        for (int t = 0; t < 256; t++) if (t != usual) c += h[t];
        return c;
    }

    int ttlSamples(String host) {
        int[] h = ttl.get(host);
        return h == null ? 0 : Arrays.stream(h).sum();
    }

    /**
     * Streams other than {@code stream} in which the service's side reset within {@code windowNanos} of t,
     * counted up to {@code cap}.
     */
    int resetsNear(String service, long t, long windowNanos, int stream, int cap) {
        long[][] sorted = sortedCache.computeIfAbsent(service, k -> {
            long[][] a = serviceResets.getOrDefault(k, List.of()).toArray(new long[0][]);
            Arrays.sort(a, (x, y) -> Long.compare(x[0], y[0]));
            return a;
        });
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid][0] < t - windowNanos) lo = mid + 1;
            else hi = mid;
        }
        java.util.Set<Long> streams = new java.util.HashSet<>();
        for (int i = lo; i < sorted.length && sorted[i][0] <= t + windowNanos && streams.size() < cap && i < lo + 4096; i++) {
            if (sorted[i][1] != stream) streams.add(sorted[i][1]);
        }
        return streams.size();
    }

    int successes(String service) {
        return serviceSuccesses.getOrDefault(service, 0);
    }
}
