package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.model.Analysis;

/**
 * The model's request/response pairing (SMB, SMB2, HTTP, FTP) as application messages of a stream view.
 * The model does not say whether a response arrived in full, so completeness is {@code UNKNOWN}.
 */
public final class ModelAppMessages implements AppMessageSource {
    private final Analysis analysis;

    public ModelAppMessages(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Payload parsing first (it knows whether an HTTP body was complete), the model's pairing otherwise. */
    public static AppMessageSource preferPayloads(Analysis analysis) {
        AppMessageSource payloads = new PayloadMessages();
        AppMessageSource model = new ModelAppMessages(analysis);
        return v -> {
            List<AppMessage> m = payloads.messages(v);
            return m.isEmpty() ? model.messages(v) : m;
        };
    }

    @Override
    public List<AppMessage> messages(StreamView v) {
        List<AppMessage> out = new ArrayList<>();
        for (org.resetlens.model.AppMessage m : analysis.appMessages().ofStream(v.stream())) {
            if (m.udp()) continue;
            int req = indexOf(v, m.requestFrame());
            if (req < 0) continue;
            int resp = m.answered() ? indexOf(v, m.responseFrame()) : -1;
            String response = resp < 0 ? "" : m.protocol().label() + " " + m.commandName() + " Response"
                    + (m.status() > 0 && m.status() != 200 ? " (status " + m.status() + ")" : "");
            out.add(new AppMessage(req, v.fromClient(req), m.summary(), resp, response,
                    AppMessage.Completeness.UNKNOWN));
        }
        return out;
    }

    /** The stream index of capture frame {@code frame} (frames ascend within a view), or -1. */
    static int indexOf(StreamView v, int frame) {
        int lo = 0, hi = v.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int f = v.frame(mid);
            if (f == frame) return mid;
            if (f < frame) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
