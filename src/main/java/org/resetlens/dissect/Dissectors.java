package org.resetlens.dissect;

import org.resetlens.capture.FrameIndex;

/**
 * The dissection engine built once at start-up: the field registry every dissector declared its
 * fields in, and the dispatch tables (link type, ethertype, IP protocol, TCP/UDP port) that hand a
 * payload to the next dissector. An application protocol joins by one dissector file plus one line
 * in {@link #standard()} registering it in a table.
 */
public final class Dissectors {
    /** Per-call choices: tree labels wanted, whether frames carry pcapng interface ids, and the previous displayed frame. */
    public record Options(boolean labels, boolean interfaceIds, int previousDisplayed) {
        /** Labels on, interface ids shown, previous displayed frame = previous frame. */
        public static final Options TREE = new Options(true, true, -2);

        /** With {@code previousDisplayed} -2 meaning "the previous frame". */
        public Options withPreviousDisplayed(int frame) {
            return new Options(labels, interfaceIds, frame);
        }
    }

    private final FieldRegistry registry = new FieldRegistry();
    final DissectorTable linkTypes = new DissectorTable("wtap_encap");
    final DissectorTable etherTypes = new DissectorTable("ethertype");
    final DissectorTable ipProtocols = new DissectorTable("ip.proto");
    final DissectorTable tcpPorts = new DissectorTable("tcp.port");
    final DissectorTable udpPorts = new DissectorTable("udp.port");
    private final FrameDissector frameDissector;
    /** Application dissectors over TCP by {@link AppPorts} name, for ports and for the load pass's choice. */
    private final java.util.Map<String, Dissector> tcpApps = new java.util.HashMap<>();
    final DataDissector data;
    /** 802.3 length frames: LLC, and Novell's raw IPX (no LLC header, checksum 0xFFFF). */
    final LlcDissector llc;
    final IpxDissector ipx;

    private Dissectors() {
        frameDissector = new FrameDissector(registry);
        EthernetDissector eth = new EthernetDissector(registry);
        VlanDissector vlan = new VlanDissector(registry);
        SllDissector sll = new SllDissector(registry, eth);
        NullDissector loopback = new NullDissector(registry);
        RawIpDissector raw = new RawIpDissector(registry);
        Ipv4Dissector ip = new Ipv4Dissector(registry);
        Ipv6Dissector ipv6 = new Ipv6Dissector(registry);
        ArpDissector arp = new ArpDissector(registry);
        TcpDissector tcp = new TcpDissector(registry);
        UdpDissector udp = new UdpDissector(registry);
        IcmpDissector icmp = new IcmpDissector(registry);
        Icmpv6Dissector icmpv6 = new Icmpv6Dissector(registry);
        PppoeDissector pppoe = new PppoeDissector(registry);
        TeredoDissector teredo = new TeredoDissector(registry);
        data = new DataDissector(registry);
        NbssDissector nbss = new NbssDissector(registry);
        Smb1Dissector smb = new Smb1Dissector(registry);
        Smb2Dissector smb2 = new Smb2Dissector(registry);
        nbss.payloads(smb, smb2);
        HttpDissector http = new HttpDissector(registry);
        FtpDissector ftp = new FtpDissector(registry);
        FtpDataDissector ftpData = new FtpDataDissector(registry);
        DnsDissector dns = new DnsDissector(registry);
        TlsDissector tls = new TlsDissector(registry);
        FieldDef nbds = NbdsDissector.register(registry);
        llc = new LlcDissector(registry);
        ipx = new IpxDissector(registry, smb);
        llc.carrying(new NetbiosFramesDissector(registry, smb), ipx);
        registry.freeze();
        tcpApps.put(AppPorts.NBSS, nbss);
        tcpApps.put(AppPorts.HTTP, http);
        tcpApps.put(AppPorts.FTP, ftp);
        tcpApps.put(AppPorts.FTP_DATA, ftpData);
        tcpApps.put(AppPorts.DNS, dns.flavour("DNS", true));
        tcpApps.put(AppPorts.TLS, tls);

        linkTypes.add(LinkTypes.ETHERNET, eth).add(LinkTypes.LINUX_SLL, sll.version(false))
                .add(LinkTypes.LINUX_SLL2, sll.version(true))
                .add(LinkTypes.NULL, loopback).add(LinkTypes.LOOP, loopback).add(LinkTypes.RAW, raw)
                .add(LinkTypes.RAW_ALT, raw).add(LinkTypes.IPV4, ip).add(LinkTypes.IPV6, ipv6);
        etherTypes.add(0x0800, ip).add(0x86dd, ipv6).add(0x0806, arp).add(0x8035, arp)
                .add(0x8100, vlan).add(0x88a8, vlan).add(0x9100, vlan).add(0x8864, pppoe);
        udpPorts.add(3544, teredo);
        udpPorts.add(53, dns).add(5353, dns.flavour("MDNS", false)).add(5355, dns.flavour("LLMNR", false))
                .add(1900, http.ssdp());
        for (int port : AppPorts.TCP_PORTS) tcpPorts.add(port, tcpApps.get(AppPorts.tcp(port)));
        tcpPorts.addHeuristic(tls).addHeuristic(http);
        for (int port : new int[] {22, 23, 25, 110, 119, 135, 143, 1883, 3306, 5432, 6346, 6347}) {
            tcpPorts.add(port, data);
        }
        udpPorts.add(138, new NbdsDissector(nbds, smb));
        ipProtocols.add(6, tcp).add(17, udp).add(1, icmp).add(58, icmpv6).add(4, ip).add(41, ipv6);
    }

    /** The standard set of dissectors and their registry. Each call builds a new, independent engine. */
    public static Dissectors standard() {
        return new Dissectors();
    }

    public FieldRegistry registry() {
        return registry;
    }

    /** Dissects one frame (0-based) fully, with tree labels. */
    public Dissection dissect(FrameIndex idx, int frame, FrameAnalysis analysis) {
        return dissect(idx, frame, analysis, Options.TREE);
    }

    public Dissection dissect(FrameIndex idx, int frame, FrameAnalysis analysis, Options options) {
        byte[] bytes = idx.bytes(frame);
        Dissection d = new Dissection(frame, bytes);
        Packet p = new Packet(this, idx, bytes, frame, d, analysis == null ? FrameAnalysis.NONE : analysis,
                options.labels());
        try {
            frameDissector.dissect(p, idx, options);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(d, p, e);
        }
        d.setProtocolColumn(p.protocolColumn());
        d.setInfoColumn(p.infoColumn());
        d.setAddressColumns(p.sourceColumn(), p.destinationColumn());
        return d;
    }

    /**
     * A dissector died on this frame (a bug met by hostile bytes): as Wireshark does, the frame keeps
     * what was dissected so far and shows as {@code [Malformed Packet]}; the rest of the capture is
     * unaffected. The error stays on {@link Dissection#failure()} for tests and logs.
     */
    private static Dissection failed(Dissection d, Packet p, Throwable e) {
        d.markFailed(e);
        String proto = p.protocolColumn().isEmpty() ? "Frame" : p.protocolColumn();
        d.addRoot(new TreeNode("[Malformed Packet: " + proto + "]", null, 0, 0, -1));
        String info = p.infoColumn();
        d.setProtocolColumn(proto);
        d.setInfoColumn(info.isEmpty() ? "[Malformed Packet]" : info + " [Malformed Packet]");
        d.setAddressColumns(p.sourceColumn(), p.destinationColumn());
        return d;
    }

    /** Dissects a bare link-layer frame (tests, tools): no capture index, frame fields from the arguments. */
    public Dissection dissect(byte[] bytes, int linkType, FrameAnalysis analysis) {
        Dissection d = new Dissection(0, bytes);
        Packet p = new Packet(this, null, bytes, 0, d, analysis == null ? FrameAnalysis.NONE : analysis, true);
        try {
            dissectLink(p, linkType, bytes.length);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(d, p, e);
        }
        d.setProtocolColumn(p.protocolColumn());
        d.setInfoColumn(p.infoColumn());
        d.setAddressColumns(p.sourceColumn(), p.destinationColumn());
        return d;
    }

    /** Runs the link-layer dissector for {@code linkType}, or shows the frame as data. */
    void dissectLink(Packet p, int linkType, int reportedLength) {
        int n = linkTypes.dispatch(linkType, p, 0, reportedLength, null);
        if (n < 0) {
            p.setProtocol("");
            data.dissect(p, 0, reportedLength, null);
        }
    }

    /** Hands a payload to the dissector for {@code etherType}; shows it as data when none takes it. */
    int dispatchEtherType(int etherType, Packet p, int offset, int end, TreeNode parent) {
        int n = etherTypes.dispatch(etherType, p, offset, end, parent);
        if (n < 0) {
            p.setProtocol(FieldFormatter.hexNumber(etherType, 4));
            n = data.dissect(p, offset, end, parent);
        }
        return n;
    }

    /**
     * Hands the application PDUs the load pass reassembled for a TCP frame to the dissector it chose,
     * merging their Protocol/Info columns; a frame that only carries part of a PDU keeps TCP's columns.
     */
    void dissectTcpApp(FrameAnalysis.TcpApp app, Packet p, int payloadOff, int payloadEnd) {
        Dissector d = tcpApps.get(app.protocol());
        if (d == null) {
            data.dissect(p, payloadOff, payloadEnd, null);
            return;
        }
        boolean first = true;
        for (FrameAnalysis.TcpPdu pdu : app.pdus()) {
            Packet c = p.child(pdu.bytes() == null ? p.data() : pdu.bytes());
            int off = pdu.bytes() == null ? payloadOff + pdu.offset() : 0;
            int n = d.dissect(c, off, off + pdu.length(), null);
            if (n < 0) {
                n = data.dissect(c, off, off + pdu.length(), null);
            }
            p.appendProtocolName(c.protocolsInFrame());
            if (!c.protocolColumn().isEmpty()) p.setProtocol(c.protocolColumn());
            if (first) p.setInfo(c.infoColumn());
            else if (!c.infoColumn().isEmpty()) p.appendInfo(", " + c.infoColumn());
            first = false;
        }
        FrameAnalysis.TcpInfoFacts facts = app.pdus().isEmpty() ? null : p.analysis().tcpInfo(p.frame());
        if (facts != null && !facts.prefix().isEmpty()) {
            // Wireshark keeps TCP's analysis prefix ("[TCP Window Full] ") in front of the application's Info.
            p.setInfo(facts.prefix() + p.infoColumn());
        }
    }
}
