package org.resetlens.model.stats;

import java.util.Map;
import java.util.TreeMap;
import org.resetlens.model.AppMessage;
import org.resetlens.model.AppMessages;
import org.resetlens.model.AppProtocol;

/** HTTP requests counted by method and by response status code ("none" for unanswered). */
public final class HttpStats {
    private HttpStats() { }

    public static Map<String, Long> byMethod(AppMessages messages) {
        Map<String, Long> out = new TreeMap<>();
        for (int i = 0; i < messages.size(); i++) {
            AppMessage m = messages.get(i);
            if (m.protocol() == AppProtocol.HTTP) out.merge(m.commandName(), 1L, Long::sum);
        }
        return out;
    }

    public static Map<String, Long> byStatus(AppMessages messages) {
        Map<String, Long> out = new TreeMap<>();
        for (int i = 0; i < messages.size(); i++) {
            AppMessage m = messages.get(i);
            if (m.protocol() == AppProtocol.HTTP) out.merge(m.answered() ? Long.toString(m.status()) : "none", 1L, Long::sum);
        }
        return out;
    }
}
