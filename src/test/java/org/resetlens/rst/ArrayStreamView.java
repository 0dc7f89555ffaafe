package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/** A stream view over plain lists, for hand-built streams in tests and for the tshark-based loader. */
final class ArrayStreamView implements StreamView {
    record Pkt(int frame, long timeNanos, boolean fromClient, int flags, long seq, long ack, int len, int ttl, int ipId,
               int window, int analysis, byte[] payload) { }

    private final int stream;
    private final String client, server;
    private final int clientPort, serverPort;
    final List<Pkt> pkts = new ArrayList<>();

    ArrayStreamView(int stream, String client, int clientPort, String server, int serverPort) {
        this.stream = stream;
        this.client = client;
        this.server = server;
        this.clientPort = clientPort;
        this.serverPort = serverPort;
    }

    ArrayStreamView add(Pkt p) {
        pkts.add(p);
        return this;
    }

    @Override public int stream() { return stream; }
    @Override public int size() { return pkts.size(); }
    @Override public int frame(int i) { return pkts.get(i).frame(); }
    @Override public long timeNanos(int i) { return pkts.get(i).timeNanos(); }
    @Override public boolean fromClient(int i) { return pkts.get(i).fromClient(); }
    @Override public int flags(int i) { return pkts.get(i).flags(); }
    @Override public long seq(int i) { return pkts.get(i).seq(); }
    @Override public long ack(int i) { return pkts.get(i).ack(); }
    @Override public int len(int i) { return pkts.get(i).len(); }
    @Override public int ttl(int i) { return pkts.get(i).ttl(); }
    @Override public int ipId(int i) { return pkts.get(i).ipId(); }
    @Override public int window(int i) { return pkts.get(i).window(); }
    @Override public int analysis(int i) { return pkts.get(i).analysis(); }
    @Override public String clientAddress() { return client; }
    @Override public String serverAddress() { return server; }
    @Override public int clientPort() { return clientPort; }
    @Override public int serverPort() { return serverPort; }

    @Override
    public byte[] payload(int i) {
        byte[] p = pkts.get(i).payload();
        return p == null ? new byte[0] : p;
    }
}
