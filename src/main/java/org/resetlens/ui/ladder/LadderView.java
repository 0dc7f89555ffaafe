package org.resetlens.ui.ladder;

import java.io.IOException;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import org.resetlens.diagram.LadderOptions;
import org.resetlens.diagram.TimeFormat;
import org.resetlens.export.ExportFormat;
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
 * select a packet, Up/Down to move, and a context menu (rows per message, time format, note, export).
 * Embed it anywhere; drive it through {@link #model()}.
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
        canvas.setOnContextMenuRequested(e -> {
            model.clickAt(e.getX(), e.getY());
            contextMenu().show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Rows per packet or message, time format, a note on the selected packet, export. */
    private ContextMenu contextMenu() {
        LadderOptions o = model.options();
        CheckMenuItem perMessage = new CheckMenuItem("One row per application message");
        perMessage.setSelected(o.perMessage());
        perMessage.setOnAction(e -> model.setOptions(model.options().withPerMessage(perMessage.isSelected())));
        Menu time = new Menu("Time");
        ToggleGroup group = new ToggleGroup();
        for (TimeFormat f : TimeFormat.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (f) {
                case ABSOLUTE -> "Time of day (UTC)";
                case RELATIVE -> "Seconds since capture start";
                case DELTA -> "Seconds since previous row";
            });
            item.setToggleGroup(group);
            item.setSelected(o.timeFormat() == f);
            item.setOnAction(e -> model.setOptions(model.options().withTimeFormat(f)));
            time.getItems().add(item);
        }
        int frame = model.selectedFrameProperty().get();
        MenuItem note = new MenuItem(frame > 0 ? "Note on packet " + frame + "…" : "Note on packet…");
        note.setDisable(frame <= 0 || !model.canAnnotate());
        note.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog(model.note(frame));
            d.setTitle("Note on packet " + frame);
            d.setHeaderText("Saved as the packet's comment (File › Save As pcapng keeps it)");
            d.initOwner(getScene() == null ? null : getScene().getWindow());
            d.showAndWait().ifPresent(text -> model.setNote(frame, text));
        });
        Menu export = new Menu("Export");
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem item = new MenuItem(f.name() + " (." + f.extension() + ")…");
            item.setOnAction(e -> export(f));
            export.getItems().add(item);
        }
        return new ContextMenu(perMessage, time, new SeparatorMenuItem(), note, new SeparatorMenuItem(), export);
    }

    private void export(ExportFormat f) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export ladder");
        chooser.setInitialFileName("ladder." + f.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        java.io.File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) return;
        try {
            model.export(f, file.toPath());
        } catch (IOException | IllegalArgumentException ex) {
            new Alert(Alert.AlertType.ERROR, "Could not export: " + ex.getMessage()).show();
        }
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
