package org.resetlens.ui.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.ConversationRow;

/** The Conversations window without a window: the rows of a tab, optionally limited to the display filter. */
public final class ConversationsModel {
    private final CaptureSession session;

    public ConversationsModel(CaptureSession session) {
        this.session = session;
    }

    /**
     * The conversations of one transport; with {@code displayed} (ascending frames), only those with
     * at least one displayed packet.
     */
    public List<ConversationRow> rows(ConversationRow.Transport transport, int[] displayed) {
        List<ConversationRow> all = session.conversations().stream().filter(c -> c.transport() == transport).toList();
        if (displayed == null) return all;
        Set<Integer> streams = new HashSet<>();
        for (int f : displayed) {
            int s = transport == ConversationRow.Transport.TCP ? session.tcpStream(f) : session.udpStream(f);
            if (s >= 0) streams.add(s);
        }
        return all.stream().filter(c -> streams.contains(c.stream())).toList();
    }
}
