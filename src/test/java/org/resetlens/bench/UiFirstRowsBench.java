package org.resetlens.bench;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.ui.backend.CapturePreview;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.EngineBackend;
import org.resetlens.ui.packets.Column;
import org.resetlens.ui.packets.PacketListModel;

/**
 * Times how soon the GUI shows the first rows of a capture, headless (no stage, no FX thread):
 * loads {@code args[0]} through the window's backend ({@link EngineBackend}) on a loader thread
 * while this thread plays the packet list's refresh, showing the preview in a {@link PacketListModel}
 * and rendering the texts of the first {@code args[1]} rows (default 40, a screenful) as soon as
 * they exist. Prints the milliseconds to the preview, to the first screenful of rendered rows, and
 * to the end of the load.
 *
 * <pre>java -cp target/resetlens.jar:target/test-classes org.resetlens.bench.UiFirstRowsBench big1m.pcap [rows]</pre>
 */
public final class UiFirstRowsBench {
    private UiFirstRowsBench() { }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: UiFirstRowsBench FILE [ROWS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        EngineBackend backend = new EngineBackend();
        AtomicReference<CapturePreview> preview = new AtomicReference<>();
        long[] previewAt = new long[1];
        long t0 = System.nanoTime();
        Thread loader = new Thread(() -> {
            CaptureSession s = backend.load(file, p -> {
                previewAt[0] = System.nanoTime();
                preview.set(p);
            }, CancelToken.none(), Progress.NONE);
            System.out.printf("loaded %d frames in %d ms%n", s.frames().size(), (System.nanoTime() - t0) / 1_000_000);
        }, "loader");
        loader.start();
        PacketListModel model = new PacketListModel(ZoneOffset.UTC);
        while (preview.get() == null && loader.isAlive()) Thread.onSpinWait();
        CapturePreview p = preview.get();
        if (p == null) {
            System.out.println("no preview");
            return;
        }
        model.showIndex(p.frames(), p.rows());
        String first = model.text(0, Column.INFO);
        long firstRow = System.nanoTime();
        while (p.frames().size() < rows && loader.isAlive()) Thread.sleep(1);
        model.refreshGrowth();
        int shown = Math.min(rows, model.items().size());
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            for (Column c : Column.values()) texts.append(model.text(model.items().frameAt(i), c)).append('\t');
        }
        long firstRows = System.nanoTime();
        System.out.printf("preview after %d ms; row 1 rendered after %d ms; first %d rows after %d ms (row 1: %s)%n",
                (previewAt[0] - t0) / 1_000_000, (firstRow - t0) / 1_000_000, shown, (firstRows - t0) / 1_000_000,
                first);
        loader.join();
    }
}
