package org.resetlens.dissect;

import java.util.List;
import org.resetlens.capture.CaptureInterface;
import org.resetlens.capture.FrameIndex;
import org.resetlens.core.Timestamps;

/** The "frame" pseudo-protocol: number, times, lengths, interface, comments; then the link layer. */
final class FrameDissector {
    private final FieldDef proto, comment, interfaceId, interfaceName, time, offsetShift,
            timeEpoch, timeDelta, timeDeltaDisplayed, timeRelative, number, len, capLen, marked, ignored,
            protocols;

    FrameDissector(FieldRegistry r) {
        proto = r.protocol("frame", "Frame");
        comment = r.register("frame.comment", "Comment", FieldType.STRING, Base.NONE, 0, "");
        interfaceId = r.register("frame.interface_id", "Interface id", FieldType.UINT32, Base.DEC, 0, "");
        interfaceName = r.register("frame.interface_name", "Interface name", FieldType.STRING, Base.NONE, 0,
                "The friendly name for this interface");
        time = r.register("frame.time", "Arrival Time", FieldType.ABSOLUTE_TIME, Base.NONE, 0,
                "Absolute time when this frame was captured");
        offsetShift = r.register("frame.offset_shift", "Time shift for this packet", FieldType.RELATIVE_TIME,
                Base.NONE, 0, "Time shift applied to this packet");
        timeEpoch = r.register("frame.time_epoch", "Epoch Time", FieldType.RELATIVE_TIME, Base.NONE, 0,
                "Epoch time when this frame was captured");
        timeDelta = r.register("frame.time_delta", "Time delta from previous captured frame",
                FieldType.RELATIVE_TIME, Base.NONE, 0, "");
        timeDeltaDisplayed = r.register("frame.time_delta_displayed", "Time delta from previous displayed frame",
                FieldType.RELATIVE_TIME, Base.NONE, 0, "");
        timeRelative = r.register("frame.time_relative", "Time since reference or first frame",
                FieldType.RELATIVE_TIME, Base.NONE, 0, "Time relative to time reference or first frame");
        number = r.register("frame.number", "Frame Number", FieldType.UINT32, Base.DEC, 0, "");
        len = r.register("frame.len", "Frame length on the wire", FieldType.UINT32, Base.DEC, 0, "");
        capLen = r.register("frame.cap_len", "Frame length stored into the capture file", FieldType.UINT32,
                Base.DEC, 0, "");
        marked = r.register("frame.marked", "Frame is marked", FieldType.BOOLEAN, Base.NONE, 0,
                "Frame is marked in the GUI");
        ignored = r.register("frame.ignored", "Frame is ignored", FieldType.BOOLEAN, Base.NONE, 0,
                "Frame is ignored by the dissectors");
        protocols = r.register("frame.protocols", "Protocols in frame", FieldType.STRING, Base.NONE, 0,
                "Protocols carried by this frame");
    }

    void dissect(Packet p, FrameIndex idx, Dissectors.Options options) {
        int f = p.frame();
        int wire = idx.originalLength(f);
        int cap = idx.capturedLength(f);
        int linkType = idx.linkType(f);
        int ifId = idx.interfaceId(f);
        List<CaptureInterface> ifs = idx.interfaces();
        CaptureInterface iface = ifId >= 0 && ifId < ifs.size() ? ifs.get(ifId) : null;
        boolean showInterface = options.interfaceIds();
        String ifName = iface == null ? null : iface.name();
        int localId = iface == null ? ifId : iface.localId();

        StringBuilder label = new StringBuilder(96);
        label.append("Frame ").append(f + 1).append(": ").append(wire).append(" bytes on wire (").append(wire * 8L)
                .append(" bits), ").append(cap).append(" bytes captured (").append(cap * 8L).append(" bits)");
        if (showInterface) {
            label.append(" on interface ");
            if (ifName != null && !ifName.isEmpty()) label.append(ifName).append(", id ");
            label.append(localId);
        }
        TreeNode root = p.protocol(null, proto, 0, cap, label.toString());

        List<String> notes = idx.comments(f);
        if (!notes.isEmpty()) {
            TreeNode c = p.text(root, "Packet comments", 0, 0);
            for (String s : notes) p.add(c, comment, s, 0, 0, s);
        }
        if (showInterface) {
            TreeNode n = p.add(root, interfaceId, (long) localId, 0, 0,
                    ifName == null || ifName.isEmpty() ? null : "Interface id: " + localId + " (" + ifName + ")");
            if (ifName != null && !ifName.isEmpty()) p.add(n, interfaceName, ifName, 0, 0, null);
        }
        int encap = LinkTypes.wtapEncap(linkType);
        // frame.encap_type is FT_INT16 in Wireshark, a type the registry does not model: shown as text.
        if (p.labels()) p.text(root, "Encapsulation type: " + LinkTypes.encapsulationName(linkType) + " (" + encap + ")", 0, 0);

        long t = idx.timeNanos(f);
        long first = idx.timeNanos(0);
        long prev = f > 0 ? idx.timeNanos(f - 1) : t;
        int prevShown = options.previousDisplayed() == -2 ? f - 1 : options.previousDisplayed();
        long prevDisplayed = prevShown >= 0 ? idx.timeNanos(prevShown) : t;
        p.add(root, time, t, 0, 0, p.labels() ? "Arrival Time: " + FieldFormatter.absoluteTime(t) : null);
        p.generated(root, offsetShift, 0L, "Time shift for this packet: 0.000000000 seconds");
        p.add(root, timeEpoch, t, 0, 0, p.labels() ? "Epoch Time: " + Timestamps.seconds9(t) + " seconds" : null);
        p.generated(root, timeDelta, t - prev, null);
        p.generated(root, timeDeltaDisplayed, t - prevDisplayed, null);
        p.generated(root, timeRelative, t - first, null);
        p.add(root, number, (long) (f + 1), 0, 0);
        p.add(root, len, (long) wire, 0, 0, p.labels() ? "Frame Length: " + wire + " bytes (" + wire * 8L + " bits)" : null);
        p.add(root, capLen, (long) cap, 0, 0, p.labels() ? "Capture Length: " + cap + " bytes (" + cap * 8L + " bits)" : null);
        p.generated(root, marked, 0L, "Frame is marked: False");
        p.generated(root, ignored, 0L, "Frame is ignored: False");

        p.dissectors().dissectLink(p, linkType, wire);

        String chain = p.protocolsInFrame();
        if (chain.startsWith("frame:")) chain = chain.substring(6);
        else if (chain.equals("frame")) chain = "";
        p.generated(root, protocols, chain, "Protocols in frame: " + chain);
    }
}
