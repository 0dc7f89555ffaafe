package org.resetlens.rst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds repetition: a reset followed by a new connection from the same client to the same service that opens
 * with the same exchange as the reset one, again and again (reset → reconnect → same opening).
 */
final class Patterns {
    private static final long RECONNECT_NANOS = 120_000_000_000L;
    private static final int OPENING = 3;

    private Patterns() { }

    /** The streams of one client to one service, compared across reconnections. */
    private record ClientOfService(String client, String server, int port) {
        static ClientOfService of(StreamView s) {
            return new ClientOfService(s.clientAddress(), s.serverAddress(), s.serverPort());
        }

        /* Written out: the generated ones go through method handles, slow in the cold start of a big capture. */
        @Override
        public int hashCode() {
            return (client.hashCode() * 31 + server.hashCode()) * 31 + port;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ClientOfService other && port == other.port && client.equals(other.client)
                    && server.equals(other.server);
        }
    }

    static List<ResetPattern> find(List<ResetExplanation> resets, List<? extends StreamView> streams,
                                   Map<Integer, StreamView> byId, Function<StreamView, List<AppMessage>> messages) {
        Finder finder = new Finder(byId, messages);
        // each loop body is a call: bodies run tens of thousands of times once would stay interpreted
        for (ResetExplanation r : resets) finder.service(r);
        int maxId = -1;
        for (StreamView s : streams) maxId = Math.max(maxId, finder.join(s));
        finder.number(maxId);
        for (ResetExplanation r : resets) finder.consider(r);
        return finder.patterns();
    }

    /** The state of one search: the services' streams in time order, each stream's opening, the groups. */
    private static final class Finder {
        private final Map<Integer, StreamView> byId;
        private final Function<StreamView, List<AppMessage>> messages;
        /* only the services some reset stream talks to can repeat; the other streams are not grouped */
        private final Map<ClientOfService, List<StreamView>> byService = new HashMap<>();
        /* by stream id: place among its service's streams (-1 none), opening, whether its first reset was seen */
        private int[] position;
        private List<String>[] openings;
        private boolean[] seenStream;
        private final Map<List<Object>, List<ResetExplanation>> groups = new LinkedHashMap<>();

        Finder(Map<Integer, StreamView> byId, Function<StreamView, List<AppMessage>> messages) {
            this.byId = byId;
            this.messages = messages;
        }

        void service(ResetExplanation r) {
            StreamView s = byId.get(r.stream());
            if (s != null && s.size() > 0) byService.putIfAbsent(ClientOfService.of(s), new ArrayList<>());
        }

        /** Adds {@code s} to its service's streams when that service has a reset stream; returns its id. */
        int join(StreamView s) {
            if (s.size() == 0) return s.stream();
            List<StreamView> same = byService.get(ClientOfService.of(s));
            if (same != null) same.add(s);
            return s.stream();
        }

        /** Orders each service's streams by start and notes each stream's place. */
        @SuppressWarnings("unchecked")
        void number(int maxId) {
            position = new int[maxId + 1];
            openings = new List[maxId + 1];
            seenStream = new boolean[maxId + 1];
            Arrays.fill(position, -1);
            for (List<StreamView> l : byService.values()) {
                l.sort(Comparator.comparingLong(s -> s.timeNanos(0)));
                for (int i = 0; i < l.size(); i++) place(l.get(i), i);
            }
        }

        private void place(StreamView s, int i) {
            int id = s.stream();
            if (id >= 0) position[id] = i;
        }

        /** Groups the first reset of each stream when the client reconnected and opened the same way. */
        void consider(ResetExplanation r) {
            int id = r.stream();
            if (id < 0 || id >= position.length || position[id] < 0) return; // not among the services' streams
            if (seenStream[id]) return; // the first reset of each stream
            seenStream[id] = true;
            StreamView s = byId.get(id);
            if (s == null) return;
            // a placed stream is in its service's list
            List<StreamView> same = byService.get(ClientOfService.of(s));
            int pos = position[id];
            if (pos + 1 >= same.size()) return;
            StreamView next = same.get(pos + 1);
            long resetTime = s.timeNanos(r.index());
            long start = next.timeNanos(0);
            if (start < resetTime || start - resetTime > RECONNECT_NANOS) return;
            List<String> mine = opening(s);
            List<String> theirs = opening(next);
            if (!mine.equals(theirs)) return;
            groups.computeIfAbsent(List.of(r.cause(), r.sender(), s.clientAddress(), s.serverAddress(), s.serverPort(),
                    mine), k -> new ArrayList<>()).add(r);
        }

        /** The stream's opening requests, parsed once per stream. */
        private List<String> opening(StreamView s) {
            int id = s.stream();
            if (id < 0 || id >= openings.length) return Patterns.opening(messages.apply(s));
            if (openings[id] == null) openings[id] = Patterns.opening(messages.apply(s));
            return openings[id];
        }

        List<ResetPattern> patterns() {
            List<ResetPattern> out = new ArrayList<>();
            for (Map.Entry<List<Object>, List<ResetExplanation>> g : groups.entrySet()) {
                List<ResetExplanation> l = g.getValue();
                if (l.size() < 2) continue;
                ResetExplanation f = l.get(0);
                StreamView s = byId.get(f.stream());
                @SuppressWarnings("unchecked")
                List<String> open = (List<String>) g.getKey().get(5);
                String again = open.isEmpty() ? "connected to the same service again"
                        : "repeated " + words(open);
                String text = "The client then reconnected and " + again + ": this happened " + l.size() + " times.";
                out.add(new ResetPattern(f.cause(), f.sender(), s.clientAddress(), s.serverAddress(), s.serverPort(),
                        open, l.size(), l.stream().map(ResetExplanation::frame).toList(), text));
            }
            return out;
        }
    }

    /** Appends each pattern's sentence to the explanation of the resets in it. */
    static List<ResetExplanation> annotate(List<ResetExplanation> resets, List<ResetPattern> patterns) {
        Map<Integer, String> extra = new HashMap<>();
        for (ResetPattern p : patterns) note(extra, p);
        List<ResetExplanation> out = new ArrayList<>(resets.size());
        for (ResetExplanation r : resets) out.add(annotated(extra, r));
        return out;
    }

    private static void note(Map<Integer, String> extra, ResetPattern p) {
        for (int f : p.frames()) extra.put(f, p.text());
    }

    private static ResetExplanation annotated(Map<Integer, String> extra, ResetExplanation r) {
        String t = extra.get(r.frame());
        return t == null ? r : r.withPattern(t);
    }

    /** The first distinct request names of a stream, e.g. [SMB2 NEGOTIATE Request, SMB2 SESSION_SETUP Request]. */
    static List<String> opening(List<AppMessage> messages) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < messages.size() && i < OPENING + 1 && out.size() < 2; i++) {
            String name = messages.get(i).summary();
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    static String words(List<String> names) {
        List<String> shortNames = names.stream().map(n -> n.replaceFirst("^SMB2 ", "").replaceFirst(" Request$", ""))
                .toList();
        if (shortNames.size() == 1) return shortNames.get(0);
        return String.join(", ", shortNames.subList(0, shortNames.size() - 1)) + " and "
                + shortNames.get(shortNames.size() - 1);
    }
}
