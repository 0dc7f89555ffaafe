package org.resetlens.ui.ladder;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderPainter;
import org.resetlens.diagram.Palette;
import org.resetlens.diagram.StyleRole;

/**
 * The ladder on screen: a canvas the size of the viewport that draws only the visible rows (so
 * 100,000 arrows scroll smoothly), with scroll bars, Ctrl+wheel and +/- zoom, drag to pan, click to
 * select a packet and Up/Down to move. Embed it anywhere; drive it through {@link #model()}.
 */
public final class LadderView extends Region {
    private static final double BAR = 14;
    private final LadderViewModel model;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private boolean syncing;
    private double dragX, dragY;
    private boolean dragged;

    public LadderView() {
        this(new LadderViewModel());
    }

    public LadderView(LadderViewModel model) {
        this.model = model;
        getStyleClass().add("ladder-view");
        setFocusTraversable(true);
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, vbar, hbar);
        model.geometryProperty().addListener((o, a, b) -> refresh());
        model.paletteProperty().addListener((o, a, b) -> draw());
        model.selectedFrameProperty().addListener((o, a, b) -> draw());
        model.zoomProperty().addListener((o, a, b) -> refresh());
        model.scrollXProperty().addListener((o, a, b) -> refresh());
        model.scrollYProperty().addListener((o, a, b) -> refresh());
        vbar.valueProperty().addListener((o, a, b) -> {
            if (!syncing) model.scrollBy(0, b.doubleValue() - model.scrollYProperty().get());
        });
        hbar.valueProperty().addListener((o, a, b) -> {
            if (!syncing) model.scrollBy(b.doubleValue() - model.scrollXProperty().get(), 0);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) return;
            double z = model.zoomProperty().get();
            model.scrollBy((dragX - e.getX()) / z, (dragY - e.getY()) / z);
            dragged |= Math.abs(dragX - e.getX()) + Math.abs(dragY - e.getY()) > 2;
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged) model.clickAt(e.getX(), e.getY());
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                model.zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
            } else {
                double z = model.zoomProperty().get();
                double dx = e.isShiftDown() ? -e.getDeltaY() : -e.getDeltaX();
                double dy = e.isShiftDown() ? 0 : -e.getDeltaY();
                model.scrollBy(dx / z, dy / z);
            }
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The state: open a stream or frames, select a frame, listen for the user's selection, export. */
    public LadderViewModel model() {
        return model;
    }

    /** Selects {@code frame} (1-based) and scrolls to it, e.g. when the packet list's selection changes. */
    public void selectFrame(int frame) {
        model.selectFrame(frame);
    }

    /** Sets the colours (the theme's palette; {@link Palette#light()} by default). */
    public void setPalette(Palette p) {
        model.paletteProperty().set(p);
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        int page = Math.max(1, (int) (model.bodyViewHeight() / 42) - 1);
        switch (k) {
            case UP -> model.moveSelection(-1);
            case DOWN -> model.moveSelection(1);
            case PAGE_UP -> model.moveSelection(-page);
            case PAGE_DOWN -> model.moveSelection(page);
            case HOME -> model.moveSelection(-Integer.MAX_VALUE / 2);
            case END -> model.moveSelection(Integer.MAX_VALUE / 2);
            case PLUS, EQUALS, ADD -> model.zoomBy(1.2, getWidth() / 2, model.headerPixels());
            case MINUS, SUBTRACT -> model.zoomBy(1 / 1.2, getWidth() / 2, model.headerPixels());
            case DIGIT0, NUMPAD0 -> {
                if (!e.isShortcutDown()) return;
                model.resetZoom();
            }
            case LEFT -> model.scrollBy(-40 / model.zoomProperty().get(), 0);
            case RIGHT -> model.scrollBy(40 / model.zoomProperty().get(), 0);
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double cw = Math.max(0, w - BAR), ch = Math.max(0, h - BAR);
        canvas.setWidth(cw);
        canvas.setHeight(ch);
        canvas.relocate(0, 0);
        vbar.resizeRelocate(cw, 0, BAR, ch);
        hbar.resizeRelocate(0, ch, cw, BAR);
        model.setViewSize(cw, ch);
        refresh();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void refresh() {
        syncing = true;
        try {
            double body = model.bodyViewHeight();
            vbar.setMin(0);
            vbar.setMax(model.maxScrollY());
            vbar.setVisibleAmount(body);
            vbar.setUnitIncrement(42);
            vbar.setBlockIncrement(Math.max(42, body - 42));
            vbar.setValue(model.scrollYProperty().get());
            double viewW = canvas.getWidth() / model.zoomProperty().get();
            hbar.setMin(0);
            hbar.setMax(model.maxScrollX());
            hbar.setVisibleAmount(viewW);
            hbar.setValue(model.scrollXProperty().get());
        } finally {
            syncing = false;
        }
        draw();
    }

    /** Paints the visible part: rows under the fixed header, both scaled by the zoom. */
    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Palette p = model.paletteProperty().get();
        gc.setTransform(new Affine());
        gc.setFill(javafx.scene.paint.Color.rgb((p.rgb(StyleRole.BACKGROUND) >> 16) & 255,
                (p.rgb(StyleRole.BACKGROUND) >> 8) & 255, p.rgb(StyleRole.BACKGROUND) & 255));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        LadderGeometry g = model.geometryProperty().get();
        if (g == null) return;
        double z = model.zoomProperty().get(), sx = model.scrollXProperty().get(), sy = model.scrollYProperty().get();
        FxSurface s = new FxSurface(gc);
        gc.setTransform(new Affine(z, 0, -sx * z, 0, z, -sy * z));
        double top = g.rowsTop() + sy;
        LadderPainter.paintBody(s, g, p, top, top + model.bodyViewHeight(), model.selectedFrameProperty().get());
        gc.setTransform(new Affine(z, 0, -sx * z, 0, z, 0));
        LadderPainter.paintHeader(s, g, p);
        gc.setTransform(new Affine());
    }
}
