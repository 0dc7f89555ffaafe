package org.resetlens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.resetlens.ui.MainWindow;
import org.resetlens.ui.backend.EngineBackend;

/**
 * Scrolling smoothness of the packet list: opens {@code args[0]} in the real {@link MainWindow},
 * waits for the load to finish, then drives the packet table from an {@link AnimationTimer}, one
 * scroll step per pulse, in four phases: smooth scrolling from the top (3 rows per pulse; the first
 * phase meets a cold JIT), page down, jumps to random rows, and smooth scrolling again (warm). Per
 * phase it reports the frame times — the interval between consecutive pulses, which holds the
 * previous step's CSS, layout, cell updates (dissection of the rows that came into view) and
 * rendering — as median, 95th percentile and max, and how many frames took over 16.7 ms (missed
 * 60 fps); and the FX-thread time of each step up to the end of its layout pass. Run with
 * {@code -Djavafx.animation.fullspeed=true} so that pulses run back to back and the interval is the
 * frame's own cost rather than the 60 Hz timer's:
 *
 * <pre>mvn -B -q -o -DskipTests package test-compile
 * M=~/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djavafx.animation.fullspeed=true \
 *     -cp target/resetlens.jar:target/test-classes:$M org.resetlens.bench.ScrollBench big1m.pcap [steps]</pre>
 *
 * or under {@code xvfb-run -a} without the Monocle properties (where the renderer may stall on the X
 * server; a watchdog prints the FX and renderer stacks of any pulse that runs over 3 s).
 */
public final class ScrollBench {
    private ScrollBench() { }

    /** One phase: a name and what one pulse does. */
    private record Phase(String name, Consumer<Integer> step) { }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ScrollBench FILE [STEPS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        long t0 = System.nanoTime();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Preferences prefs = Preferences.userRoot().node("resetlens-scrollbench");
            window[0] = new MainWindow(stage, new EngineBackend(), prefs);
            stage.show();
            window[0].open(file);
        });
        while (!onFx(() -> window[0] != null && window[0].session() != null && !window[0].busy())) {
            Thread.sleep(100);
        }
        System.out.printf("opened %s: %s in %d ms%n", file.getFileName(), onFxValue(() -> window[0].statusCounts()),
                (System.nanoTime() - t0) / 1_000_000);
        Thread.sleep(500);

        TableView<?>[] table = new TableView<?>[1];
        VirtualFlow<?>[] flow = new VirtualFlow<?>[1];
        onFx(() -> {
            table[0] = (TableView<?>) window[0].scene().lookup("#packet-list");
            flow[0] = (VirtualFlow<?>) table[0].lookup(".virtual-flow");
            return true;
        });
        int rows = onFxValue(() -> ((org.resetlens.ui.packets.PacketTableView) table[0]).rowCount());
        double rowHeight = onFxValue(() -> table[0].getFixedCellSize());
        System.out.printf("packet list: %d rows, %.0f px each, viewport %.0f px; %d steps per phase%n", rows, rowHeight,
                onFxValue(() -> flow[0].getHeight()), steps);
        Random random = new Random(42);
        List<Phase> phases = List.of(
                new Phase("smooth scroll, 3 rows/pulse (cold)", i -> flow[0].scrollPixels(3 * rowHeight)),
                new Phase("page down", i -> flow[0].scrollPixels(flow[0].getHeight() - rowHeight)),
                new Phase("jump to random rows (scroll bar)", i -> jump(table[0], flow[0], random.nextInt(rows))),
                new Phase("smooth scroll, 3 rows/pulse (warm)", i -> flow[0].scrollPixels(3 * rowHeight)));
        System.out.printf("%-36s %7s %7s %7s %7s %6s   %s%n", "phase", "median", "p95", "max", ">16.7ms", "frames",
                "step+CSS+layout median/p95/max (ms)");
        for (Phase phase : phases) {
            if (phase.name().startsWith("smooth scroll, 3 rows/pulse (warm)")) onFx(() -> {
                jump(table[0], flow[0], rows / 3);
                return true;
            });
            run(window[0], phase, steps);
        }
        long first = onFxValue(() -> {
            IndexedCell<?> c = flow[0].getFirstVisibleCell();
            return c == null ? -1L : c.getIndex();
        });
        System.out.println("last first-visible row of the table's window: " + first);
        Platform.runLater(() -> window[0].session().close());
        Platform.exit();
        System.exit(0);
    }

    /** Shows row {@code row} of the whole list at the top, as dragging the list's scroll bar does. */
    private static void jump(TableView<?> table, VirtualFlow<?> flow, int row) {
        javafx.scene.Node bar = table.getScene().lookup("#packet-list-scroll");
        if (bar instanceof javafx.scene.control.ScrollBar s && s.isVisible()) s.setValue(row);
        else flow.scrollToTop(row);
    }

    /** Runs one phase for {@code steps} pulses and prints its frame and step times. */
    private static void run(MainWindow window, Phase phase, int steps) throws InterruptedException {
        long[] pulseStart = new long[steps + 1];
        long[] layoutDone = new long[steps + 1];
        CountDownLatch done = new CountDownLatch(1);
        int[] n = {0};
        Runnable postLayout = () -> {
            int i = n[0] - 1;
            if (i >= 0 && i <= steps && layoutDone[i] == 0) layoutDone[i] = System.nanoTime();
        };
        Platform.runLater(() -> window.scene().addPostLayoutPulseListener(postLayout));
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                int i = n[0];
                pulseStart[i] = System.nanoTime();
                if (i == steps) {
                    stop();
                    window.scene().removePostLayoutPulseListener(postLayout);
                    done.countDown();
                    return;
                }
                phase.step().accept(i);
                n[0] = i + 1;
            }
        };
        Platform.runLater(timer::start);
        // A watchdog: when one pulse takes over 3 s, print where the FX thread is (once per stall).
        int lastReported = -1;
        while (!done.await(1, TimeUnit.SECONDS)) {
            int i = n[0];
            long started = i > 0 ? pulseStart[i - 1] : 0;
            if (started != 0 && System.nanoTime() - started > 3_000_000_000L && i != lastReported) {
                lastReported = i;
                for (var e : Thread.getAllStackTraces().entrySet()) {
                    String name = e.getKey().getName();
                    if (!name.contains("JavaFX Application") && !name.contains("GtkNative") && !name.contains("QuantumRenderer")) {
                        continue;
                    }
                    System.out.println("    pulse " + (i - 1) + " running for over 3 s; " + e.getKey().getName() + ":");
                    StackTraceElement[] st = e.getValue();
                    for (int k = 0; k < Math.min(40, st.length); k++) System.out.println("        at " + st[k]);
                }
            }
        }
        double[] frame = new double[steps];
        double[] work = new double[steps];
        for (int i = 0; i < steps; i++) {
            frame[i] = (pulseStart[i + 1] - pulseStart[i]) / 1e6;
            work[i] = layoutDone[i] == 0 ? Double.NaN : (layoutDone[i] - pulseStart[i]) / 1e6;
        }
        int over = 0;
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] > 16.7) over++;
            if (frame[i] > 250 && slow.length() < 200) slow.append(String.format(" #%d: %.0f ms", i, frame[i]));
        }
        double[] w = Arrays.stream(work).filter(x -> !Double.isNaN(x)).toArray();
        System.out.printf("%-36s %7.1f %7.1f %7.1f %7d %6d   %.1f / %.1f / %.1f%n", phase.name(), pct(frame, 50),
                pct(frame, 95), pct(frame, 100), over, steps, pct(w, 50), pct(w, 95), pct(w, 100));
        if (slow.length() > 0) System.out.println("    frames over 250 ms:" + slow);
    }

    private static double pct(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] s = values.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    private static boolean onFx(java.util.function.BooleanSupplier q) throws InterruptedException {
        return onFxValue(q::getAsBoolean);
    }

    private static <T> T onFxValue(java.util.function.Supplier<T> q) throws InterruptedException {
        List<T> out = new ArrayList<>(1);
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            out.add(q.get());
            l.countDown();
        });
        l.await();
        return out.get(0);
    }
}
