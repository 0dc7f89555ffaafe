package org.resetlens.rst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts across all streams that single-stream rules compare against: each host's usual TTL, the reset
 * times of each service (server address and port) and how many of its connections got going.
 * Built before any reset is explained: from every stream's packets ({@link #add}), or by the load pass's
 * columns in one primitive pass ({@link ModelStreams#profile}) with the same result.
 */
final class CaptureProfile {
    /** Per address: TTL histogram over its non-RST packets. */
    private final Map<String, int[]> ttl = new HashMap<>();
    /** Per "server:port": times of resets the server side sent, per stream. */
    private final Map<Service, List<long[]>> serviceResets = new HashMap<>();
    /** Per "server:port": streams whose handshake completed and that carried data. */
    private final Map<Service, Integer> serviceSuccesses = new HashMap<>();
    private final Map<Service, long[][]> sortedCache = new HashMap<>();

    /** Per direction (client, server): this stream's TTL counts, merged into {@link #ttl} once per stream. */
    private final int[][] streamTtl = new int[2][256];
    /** Per direction: the TTL values counted in {@link #streamTtl} (usually one), so merging skips the rest. */
    private final int[][] seenTtl = new int[2][256];
    private final int[] seenCount = new int[2];

    /** Adds {@code counts} (TTL → packets) of non-RST packets sent by {@code host}. */
    void addTtl(String host, int[] counts) {
        int[] h = ttl.computeIfAbsent(host, k -> new int[256]);
        for (int t = 1; t < 256; t++) h[t] += counts[t];
    }

    /** A reset the server side of {@code stream} sent at {@code timeNanos}. */
    void addServiceReset(Service service, long timeNanos, int stream) {
        serviceResets.computeIfAbsent(service, k -> new ArrayList<>()).add(new long[] {timeNanos, stream});
    }

    /** A stream to {@code service} whose server answered the handshake and that carried data. */
    void addServiceSuccess(Service service) {
        serviceSuccesses.merge(service, 1, Integer::sum);
    }

    void add(StreamView v) {
        int n = v.size();
        boolean data = false, synAck = false;
        Service service = null;
        for (int i = 0; i < n; i++) {
            int f = v.flags(i);
            boolean fromClient = v.fromClient(i);
            if ((f & StreamView.RST) != 0) {
                if (!fromClient) {
                    if (service == null) service = service(v);
                    addServiceReset(service, v.timeNanos(i), v.stream());
                }
                continue;
            }
            int t = v.ttl(i);
            if (t > 0 && t < 256) count(fromClient ? 0 : 1, t);
            if (v.len(i) > 0) data = true;
            if (!fromClient && (f & (StreamView.SYN | StreamView.ACK)) == (StreamView.SYN | StreamView.ACK)) {
                synAck = true;
            }
        }
        mergeTtl(v.clientAddress(), 0);
        mergeTtl(v.serverAddress(), 1);
        if (data && synAck) addServiceSuccess(service == null ? service(v) : service);
    }

    private void count(int dir, int ttlValue) {
        if (streamTtl[dir][ttlValue]++ == 0) seenTtl[dir][seenCount[dir]++] = ttlValue;
    }

    /** Adds a stream's counts for one host to its histogram and clears them for the next stream. */
    private void mergeTtl(String host, int dir) {
        if (seenCount[dir] == 0) return;
        int[] h = ttl.computeIfAbsent(host, k -> new int[256]);
        int[] counts = streamTtl[dir];
        for (int k = 0; k < seenCount[dir]; k++) {
            int t = seenTtl[dir][k];
            h[t] += counts[t];
            counts[t] = 0;
        }
        seenCount[dir] = 0;
    }

    /** A server address and port: the key of a service (no string is built per stream). */
    record Service(String address, int port) {
        /* Written out: the generated ones go through method handles, slow in the cold start of a big capture. */
        @Override
        public int hashCode() {
            return address.hashCode() * 31 + port;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Service other && port == other.port && address.equals(other.address);
        }

        @Override
        public String toString() {
            return address + ":" + port;
        }
    }

    static Service service(StreamView v) {
        return new Service(v.serverAddress(), v.serverPort());
    }

    /** Per address: its usual TTL, the packets counted and how many had another TTL; worked out once per host. */
    private record HostTtl(int usual, int samples, int outliers) { }

    private final Map<String, HostTtl> hostTtl = new HashMap<>();

    private HostTtl hostTtl(String host) {
        return hostTtl.computeIfAbsent(host, k -> {
            int[] h = ttl.get(k);
            if (h == null) return new HostTtl(-1, 0, 0);
            int best = -1, samples = 0;
            for (int t = 0; t < 256; t++) {
                samples += h[t];
                if (h[t] > 0 && (best < 0 || h[t] > h[best])) best = t;
            }
            return new HostTtl(best, samples, best < 0 ? 0 : samples - h[best]);
        });
    }

    /** The most common TTL of the host's non-RST packets, or -1 when none was seen. */
    int usualTtl(String host) {
        return hostTtl(host).usual();
    }

    /** How many non-RST packets of the host carried a TTL other than {@code usual}. */
    int ttlOutliers(String host, int usual) {
        HostTtl h = hostTtl(host);
        if (usual == h.usual()) return h.outliers();
        int[] counts = ttl.get(host);
        return counts == null || usual < 0 || usual > 255 ? h.samples() : h.samples() - counts[usual];
    }

    int ttlSamples(String host) {
        return hostTtl(host).samples();
    }

    /**
     * Streams other than {@code stream} in which the service's side reset within {@code windowNanos} of t,
     * counted up to {@code cap}.
     */
    int resetsNear(Service service, long t, long windowNanos, int stream, int cap) {
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

    int successes(Service service) {
        return serviceSuccesses.getOrDefault(service, 0);
    }
}
