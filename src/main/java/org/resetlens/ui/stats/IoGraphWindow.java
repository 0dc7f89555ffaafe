package org.resetlens.ui.stats;

import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;

/** Statistics › I/O Graph: packets per interval on a canvas, resets as red markers; a click on one selects it. */
public final class IoGraphWindow {
    private static final double LEFT = 60, RIGHT = 20, TOP = 20, BOTTOM = 50;
    private final Stage stage = new Stage();
    private final IoGraphModel model;
    private final Canvas canvas = new Canvas(900, 420);

    public IoGraphWindow(Stage owner, String fileName, IoGraphModel model, IntConsumer selectFrame) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("I/O Graph — " + fileName);
        canvas.setId("io-graph");
        canvas.setUserData(this);
        Pane root = new Pane(canvas);
        root.getStyleClass().add("stats-window");
        canvas.widthProperty().bind(root.widthProperty());
        canvas.heightProperty().bind(root.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        canvas.setOnMouseClicked(e -> {
            int frame = frameAt(e.getX(), e.getY());
            if (frame >= 0) selectFrame.accept(frame);
        });
        Scene scene = new Scene(root, 900, 420);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        draw();
    }

    public IoGraphModel model() {
        return model;
    }

    public void show() {
        stage.show();
    }

    /** The reset whose marker is under (x, y), or -1 (markers sit on the time axis; 6 px tolerance). */
    public int frameAt(double x, double y) {
        double h = canvas.getHeight();
        if (y < h - BOTTOM - 12 || y > h - BOTTOM + 14) return -1;
        long tolerance = (long) (6 / pxPerNano());
        return model.markerAt((long) ((x - LEFT) / pxPerNano()), tolerance);
    }

    /** The x of a time on the axis (for tests and clicks). */
    public double xOf(long timeNanos) {
        return LEFT + timeNanos * pxPerNano();
    }

    /** The y of the time axis, where the reset markers sit. */
    public double axisY() {
        return canvas.getHeight() - BOTTOM;
    }

    private double pxPerNano() {
        return Math.max(1, canvas.getWidth() - LEFT - RIGHT) / (double) Math.max(1, model.axisNanos());
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above {@code v}. */
    static long niceStep(long v) {
        long p = 1;
        while (true) {
            if (v <= p) return p;
            if (v <= 2 * p) return 2 * p;
            if (v <= 5 * p) return 5 * p;
            p *= 10;
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double plotH = h - TOP - BOTTOM;
        long max = niceStep(Math.max(4, model.maxCount() + model.maxCount() / 10) / 4) * 4;
        double interval = model.intervalNanos() / 1e9;
        g.setStroke(Color.gray(0.85));
        g.setFill(Color.gray(0.3));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH * (1 - i / 4.0);
            g.strokeLine(LEFT, y, w - RIGHT, y);
            g.fillText(Long.toString(max * i / 4), LEFT - 6, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        long step = niceStep(Math.max(1, model.axisNanos() / 10 / 1_000_000_000L)) * 1_000_000_000L;
        for (long t = 0; t <= model.axisNanos(); t += step) {
            double x = xOf(t);
            g.strokeLine(x, TOP, x, h - BOTTOM);
            g.fillText(String.format(java.util.Locale.ROOT, "%.0f s", t / 1e9), x, h - BOTTOM + 16);
        }
        long[] counts = model.counts();
        g.setStroke(Color.web("#1f6fd1"));
        g.setLineWidth(1.5);
        g.beginPath();
        for (int i = 0; i < counts.length; i++) {
            double x = xOf((long) ((i + 0.5) * model.intervalNanos()));
            double y = TOP + plotH * (1 - counts[i] / (double) max);
            if (i == 0) g.moveTo(x, y);
            else g.lineTo(x, y);
        }
        g.stroke();
        g.setLineWidth(1);
        g.setStroke(Color.BLACK);
        g.strokeLine(LEFT, h - BOTTOM, w - RIGHT, h - BOTTOM);
        g.strokeLine(LEFT, TOP, LEFT, h - BOTTOM);
        g.setFill(Color.web("#d32f2f"));
        g.setStroke(Color.web("#d32f2f"));
        for (IoGraphModel.Marker m : model.markers()) {
            double x = xOf(m.timeNanos());
            g.strokeLine(x, TOP, x, h - BOTTOM);
            g.fillOval(x - 4, h - BOTTOM - 4, 8, 8);
        }
        g.setFill(Color.gray(0.2));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format(java.util.Locale.ROOT, "Packets per %s s; %d resets (red, click to select)",
                interval >= 1 ? Long.toString((long) interval) : Double.toString(interval), model.markers().size()),
                LEFT, h - 18);
    }
}
