package org.resetlens.ui.ladder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.resetlens.diagram.Annotation;
import org.resetlens.diagram.Annotations;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.LadderInputs;
import org.resetlens.diagram.LadderLayout;
import org.resetlens.diagram.LadderOptions;
import org.resetlens.diagram.Palette;
import org.resetlens.diagram.ResetTrace;
import org.resetlens.diagram.StreamResets;
import org.resetlens.dissect.Dissectors;
import org.resetlens.export.ExportFormat;
import org.resetlens.export.LadderExporter;
import org.resetlens.model.Analysis;
import org.resetlens.rst.ResetExplanation;

/**
 * The state behind {@link LadderView}, testable without a window: what is shown (input, options,
 * geometry), the selected frame, zoom and scroll, and the hit-testing and keyboard moves.
 * Scroll positions are in diagram units: {@code scrollY} is how far the rows are scrolled under the
 * fixed header. Frames are Wireshark's 1-based numbers.
 */
public final class LadderViewModel {
    public static final double MIN_ZOOM = 0.25, MAX_ZOOM = 4;

    private final ObjectProperty<LadderGeometry> geometry = new SimpleObjectProperty<>(this, "geometry");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.light());
    private final IntegerProperty selectedFrame = new SimpleIntegerProperty(this, "selectedFrame", -1);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty scrollX = new SimpleDoubleProperty(this, "scrollX");
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    private double viewWidth = 800, viewHeight = 600;
    private LadderInput input;
    private LadderOptions options = LadderOptions.defaults();
    private Annotations annotations;
    private StreamResets resets;
    private IntConsumer onFrameSelected = f -> { };

    // ---- what is shown

    /**
     * Everything needed to show a ladder, built off the FX thread (in a background {@code Task} for big
     * streams: the reset engine and the layout take about a second per 100,000 packets), then handed
     * to {@link #show} on the FX thread.
     */
    public record Prepared(LadderInput input, LadderOptions options, LadderGeometry geometry, Annotations annotations,
                           StreamResets resets) { }

    /**
     * A TCP stream of a loaded capture: notes from its comments, application messages named, and the
     * trace-back of the reset at {@code resetFrame} (or the first after it; 0 = the stream's first reset).
     */
    public static Prepared prepareStream(Analysis a, int stream, int resetFrame, LadderOptions options) {
        StreamResets resets = StreamResets.of(a, stream);
        LadderInput in = resets.decorate(LadderInputs.stream(a, stream, Dissectors.standard()),
                resets.pick(resetFrame));
        return new Prepared(in, options, LadderLayout.layout(in, options), new Annotations(a.capture().frames()),
                resets);
    }

    /** Any frames (0-based, ascending): a selection or all displayed packets, a lane per host or host:port. */
    public static Prepared prepareFrames(Analysis a, int[] frames, LadderInputs.Lanes lanes, String title,
                                         LadderOptions options) {
        LadderInput in = LadderInputs.frames(a, frames, lanes, frames.length <= 20_000 ? Dissectors.standard() : null,
                title);
        return new Prepared(in, options, LadderLayout.layout(in, options), new Annotations(a.capture().frames()), null);
    }

    /** Shows a prepared ladder (FX thread). */
    public void show(Prepared p) {
        input = p.input();
        options = p.options();
        annotations = p.annotations();
        resets = p.resets();
        geometry.set(p.geometry());
        selectedFrame.set(-1);
        scrollX.set(0);
        scrollY.set(0);
        clampScroll();
    }

    /** {@link #prepareStream} and {@link #show} on the calling thread. */
    public void openStream(Analysis a, int stream, int resetFrame) {
        show(prepareStream(a, stream, resetFrame, options));
    }

    /** {@link #prepareFrames} and {@link #show} on the calling thread. */
    public void openFrames(Analysis a, int[] frames, LadderInputs.Lanes lanes, String title) {
        show(prepareFrames(a, frames, lanes, title, options));
    }

    /** Draws the trace-back of another reset of the open stream (e.g. when the user selects a RST). */
    public void highlightReset(int resetFrame) {
        if (resets == null || input == null) return;
        ResetExplanation e = resets.pick(resetFrame);
        setReset(e == null ? null : StreamResets.trace(e));
    }

    /** Shows a hand-made input without a capture behind it (no notes can be added; lays out on this thread). */
    public void open(LadderInput in) {
        input = in;
        annotations = null;
        resets = null;
        relayout();
        scrollX.set(0);
        scrollY.set(0);
    }

    public void setOptions(LadderOptions o) {
        options = o;
        relayout();
    }

    public LadderOptions options() {
        return options;
    }

    /** Highlights another reset's trace-back (or none). */
    public void setReset(ResetTrace reset) {
        if (input == null) return;
        input = input.withReset(reset);
        relayout();
    }

    /** Sets (blank: removes) the note on a frame; kept as the frame's pcapng comment, so Save As pcapng keeps it. */
    public void setNote(int frame, String text) {
        if (annotations == null || input == null) throw new IllegalStateException("no capture behind this ladder");
        annotations.set(frame, text);
        List<Annotation> notes = new ArrayList<>();
        for (Annotation n : input.annotations()) if (n.frame() != frame) notes.add(n);
        String now = annotations.get(frame);
        if (!now.isEmpty()) notes.add(new Annotation(frame, now));
        input = input.withAnnotations(notes);
        relayout();
    }

    /** True when a capture is behind the ladder, so notes can be attached. */
    public boolean canAnnotate() {
        return annotations != null;
    }

    /** The note on a frame, or "". */
    public String note(int frame) {
        return annotations == null ? "" : annotations.get(frame);
    }

    public LadderInput input() {
        return input;
    }

    private void relayout() {
        geometry.set(input == null ? null : LadderLayout.layout(input, options));
        clampScroll();
    }

    /** Writes what is shown (all rows, the current options) to a file. */
    public void export(ExportFormat format, Path file) throws IOException {
        if (input == null) throw new IllegalStateException("nothing to export");
        LadderExporter.write(input, geometry.get(), format, Palette.light(), file);
    }

    // ---- selection

    /** Called when the user selects a packet on the ladder (click, keys); not for {@link #selectFrame}. */
    public void setOnFrameSelected(IntConsumer listener) {
        onFrameSelected = listener == null ? f -> { } : listener;
    }

    /** Selects {@code frame} from outside (the packet list), centring it when off screen; no callback. */
    public void selectFrame(int frame) {
        selectedFrame.set(frame);
        LadderGeometry g = geometry.get();
        int r = g == null ? -1 : g.rowOfFrame(frame);
        if (r < 0) return;
        double top = r * g.rowHeight();
        if (top < scrollY.get() || top + g.rowHeight() > scrollY.get() + bodyViewHeight()) {
            scrollY.set(top - (bodyViewHeight() - g.rowHeight()) / 2);
            clampScroll();
        }
    }

    private void userSelect(int frame) {
        if (frame < 0) return;
        if (resets != null && input.reset() != null && input.reset().resetFrame() != frame
                && resets.resets().stream().anyMatch(e -> e.frame() == frame)) {
            highlightReset(frame);
        }
        selectedFrame.set(frame);
        ensureVisible(frame);
        onFrameSelected.accept(frame);
    }

    /** A click at view coordinates (pixels from the canvas's top-left). */
    public void clickAt(double viewX, double viewY) {
        LadderGeometry g = geometry.get();
        if (g == null || viewY < headerPixels()) return;
        userSelect(g.frameAt(toDiagramX(viewX), toDiagramY(viewY)));
    }

    /** Up/Down: the previous/next packet row ({@code step} rows, skipping breaks). */
    public void moveSelection(int step) {
        LadderGeometry g = geometry.get();
        if (g == null) return;
        int f = selectedFrame.get();
        for (int i = 0; i < Math.abs(step); i++) f = g.neighbourFrame(f, step);
        userSelect(f);
    }

    public IntegerProperty selectedFrameProperty() {
        return selectedFrame;
    }

    // ---- viewport, zoom, scroll

    public void setViewSize(double w, double h) {
        viewWidth = w;
        viewHeight = h;
        clampScroll();
    }

    public double headerPixels() {
        LadderGeometry g = geometry.get();
        return g == null ? 0 : g.rowsTop() * zoom.get();
    }

    /** Diagram units of rows visible under the header. */
    public double bodyViewHeight() {
        return Math.max(0, viewHeight - headerPixels()) / zoom.get();
    }

    public double toDiagramX(double viewX) {
        return scrollX.get() + viewX / zoom.get();
    }

    public double toDiagramY(double viewY) {
        return scrollY.get() + viewY / zoom.get();
    }

    public double maxScrollX() {
        LadderGeometry g = geometry.get();
        return g == null ? 0 : Math.max(0, g.width() - viewWidth / zoom.get());
    }

    public double maxScrollY() {
        LadderGeometry g = geometry.get();
        return g == null ? 0 : Math.max(0, g.height() - g.rowsTop() - bodyViewHeight());
    }

    public void scrollBy(double dx, double dy) {
        scrollX.set(scrollX.get() + dx);
        scrollY.set(scrollY.get() + dy);
        clampScroll();
    }

    /** Zooms by {@code factor} keeping the diagram point under (viewX, viewY) in place. */
    public void zoomBy(double factor, double viewX, double viewY) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor));
        double dx = toDiagramX(viewX), dy = toDiagramY(viewY);
        zoom.set(z);
        scrollX.set(dx - viewX / z);
        scrollY.set(dy - viewY / z);
        clampScroll();
    }

    public void resetZoom() {
        zoomBy(1 / zoom.get(), 0, headerPixels());
    }

    /** Scrolls the least needed so {@code frame}'s row is inside the viewport. */
    public void ensureVisible(int frame) {
        LadderGeometry g = geometry.get();
        if (g == null) return;
        int r = g.rowOfFrame(frame);
        if (r < 0) return;
        double top = r * g.rowHeight(), bottom = top + g.rowHeight();
        if (top < scrollY.get()) scrollY.set(top);
        else if (bottom > scrollY.get() + bodyViewHeight()) scrollY.set(bottom - bodyViewHeight());
        clampScroll();
    }

    private void clampScroll() {
        scrollX.set(Math.max(0, Math.min(maxScrollX(), scrollX.get())));
        scrollY.set(Math.max(0, Math.min(maxScrollY(), scrollY.get())));
    }

    public ObjectProperty<LadderGeometry> geometryProperty() {
        return geometry;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty scrollXProperty() {
        return scrollX;
    }

    public DoubleProperty scrollYProperty() {
        return scrollY;
    }
}
