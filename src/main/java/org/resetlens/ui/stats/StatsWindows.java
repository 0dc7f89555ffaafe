package org.resetlens.ui.stats;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.resetlens.ui.backend.CaptureSession;

/** Opens the small Statistics windows (SMB2 SRT and commands, HTTP, I/O graph) for the current capture. */
public final class StatsWindows {
    private final Stage owner;
    private final Supplier<CaptureSession> session;
    private final Supplier<int[]> resetFrames;
    private final IntConsumer selectFrame;

    public StatsWindows(Stage owner, Supplier<CaptureSession> session, Supplier<int[]> resetFrames,
                        IntConsumer selectFrame) {
        this.owner = owner;
        this.session = session;
        this.resetFrames = resetFrames;
        this.selectFrame = selectFrame;
    }

    public void smb2Srt() {
        CaptureSession s = session.get();
        if (s != null) new StatTableWindow(owner, "stats-smb2-srt", new AppStatsModel(s).smb2Srt()).show();
    }

    public void smb2Commands() {
        CaptureSession s = session.get();
        if (s != null) new StatTableWindow(owner, "stats-smb2-commands", new AppStatsModel(s).smb2Commands()).show();
    }

    public void http() {
        CaptureSession s = session.get();
        if (s != null) new StatTableWindow(owner, "stats-http", new AppStatsModel(s).http()).show();
    }

    public void endpoints() {
        CaptureSession s = session.get();
        if (s == null) return;
        EndpointsModel m = new EndpointsModel(s);
        new StatTableWindow(owner, "Endpoints — " + s.path().getFileName(), "stats-endpoints", java.util.List.of(
                EndpointsModel.table("IPv4", m.ip(4)), EndpointsModel.table("IPv6", m.ip(6)),
                EndpointsModel.table("TCP", m.transport(org.resetlens.ui.backend.ConversationRow.Transport.TCP)),
                EndpointsModel.table("UDP", m.transport(org.resetlens.ui.backend.ConversationRow.Transport.UDP))))
                .show();
    }

    public void protocolHierarchy() {
        CaptureSession s = session.get();
        if (s != null) new ProtocolHierarchyWindow(owner, s).show();
    }

    public void ioGraph() {
        CaptureSession s = session.get();
        if (s == null) return;
        IoGraphModel model = new IoGraphModel(s.frames(), s.frames().size(), resetFrames.get());
        new IoGraphWindow(owner, s.path().getFileName().toString(), model, selectFrame).show();
    }
}
