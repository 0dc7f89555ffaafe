package org.resetlens.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.prefs.Preferences;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.resetlens.capture.FrameIndex;
import org.resetlens.core.CancelToken;
import org.resetlens.rst.CaptureComparison;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Severity;
import org.resetlens.dissect.TreeNode;
import org.resetlens.ui.backend.CaptureBackend;
import org.resetlens.ui.backend.CapturePreview;
import org.resetlens.ui.backend.PacketRow;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.CompiledFilter;
import org.resetlens.ui.backend.FilterCheck;
import org.resetlens.ui.backend.ResetInfo;
import org.resetlens.ui.details.BytesView;
import org.resetlens.ui.details.DetailsView;
import org.resetlens.ui.details.FieldFilter;
import org.resetlens.ui.details.TreeNodes;
import org.resetlens.ui.filterbar.FilterBarModel;
import org.resetlens.ui.filterbar.FilterBarView;
import org.resetlens.ui.packets.ColoringRules;
import org.resetlens.ui.packets.PacketListModel;
import org.resetlens.ui.packets.PacketTableView;
import org.resetlens.ui.packets.TimeFormat;
import org.resetlens.ui.reset.ResetPaneModel;
import org.resetlens.ui.reset.ResetPaneView;
import org.resetlens.ui.stats.CompareModel;
import org.resetlens.ui.stats.CompareWindow;
import org.resetlens.ui.stats.ConversationsWindow;
import org.resetlens.ui.stats.ExpertWindow;
import org.resetlens.ui.stats.FollowStreamWindow;
import org.resetlens.ui.stats.StatsWindows;

/**
 * The Wireshark-style main window: menus, toolbar, filter bar, packet list / details / bytes, the
 * reset pane, the status bar; opens captures in a background task and applies filters off the FX thread.
 */
public final class MainWindow {
    private static final Duration REFRESH = Duration.millis(250);

    private final Stage stage;
    private final CaptureBackend backend;
    private final Preferences prefs;
    private final RecentFiles recent;

    private final PacketListModel packets = new PacketListModel(ZoneId.systemDefault());
    private final FilterBarModel filterModel;
    private final ResetPaneModel resetModel = new ResetPaneModel();
    private final StatsWindows statsWindows;

    private final PacketTableView table;
    private final FilterBarView filterBar;
    private final DetailsView details = new DetailsView();
    private final BytesView bytes = new BytesView();
    private final ResetPaneView resetPane;
    private final StatusBar status = new StatusBar();
    private final InfoBar infoBar = new InfoBar();
    private final FindBar findBar;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final Scene scene;

    private CaptureSession session;
    private Task<CaptureSession> loading;
    private CancelToken loadingCancel;
    private Task<int[]> filtering;
    private Theme theme;
    private int selectedFrame = -1;
    private LadderWindow ladder;

    public MainWindow(Stage stage, CaptureBackend backend, Preferences prefs) {
        this.stage = stage;
        this.backend = backend;
        this.prefs = prefs;
        this.recent = new RecentFiles(prefs);
        this.filterModel = new FilterBarModel(backend.filters());
        this.table = new PacketTableView(packets);
        this.filterBar = new FilterBarView(filterModel);
        this.findBar = new FindBar(this::find);
        this.resetPane = new ResetPaneView(resetModel, new ResetActions());
        this.statsWindows = new StatsWindows(stage, () -> session,
                () -> resetModel.all().stream().mapToInt(r -> r.frame()).toArray(), this::selectFrame);

        filterBar.setOnApply(this::applyFilter);
        table.onFrameSelected(this::onFrameSelected);
        table.setContextMenu(packetContextMenu());
        details.setContextMenu(detailsContextMenu());
        details.setOnJump(this::selectFrame);
        details.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            TreeNode node = n == null ? null : n.getValue();
            if (node == null) bytes.highlight(-1, 0);
            else bytes.highlight(node.offset(), node.length());
        });
        bytes.setOnByteClicked(offset -> {
            List<TreeNode> path = TreeNodes.deepestCovering(details.roots(), offset);
            if (!path.isEmpty()) details.selectNode(path.get(path.size() - 1));
        });
        status.cancel.setOnAction(e -> cancelWork());

        SplitPane packetSplit = new SplitPane(table.node(), details, bytes);
        packetSplit.setOrientation(Orientation.VERTICAL);
        packetSplit.setDividerPositions(0.52, 0.80);
        VBox center = new VBox(filterBar, findBar, infoBar, packetSplit);
        center.getStyleClass().add("center-column");
        VBox.setVgrow(packetSplit, Priority.ALWAYS);
        SplitPane main = new SplitPane(center, resetPane);
        main.setId("main-split");
        main.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(resetPane, false);
        resetPane.setMinWidth(320);

        BorderPane root = new BorderPane(main);
        root.setId("main-root");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(status);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        setTheme("dark".equals(prefs.get("theme", "light")) ? Theme.DARK : Theme.LIGHT);
        installShortcuts();
        installDragAndDrop();
        stage.setScene(scene);
        stage.setTitle("ResetLens");
        status.file.setText("No capture");
        status.setCounts(0, 0, false);
    }

    // ------------------------------------------------------------------ opening

    /** Opens a capture in the background; rows appear while it loads. */
    public void open(Path path) {
        cancelWork();
        if (!Files.isReadable(path)) {
            showProblem("Cannot open " + path.getFileName(), Files.exists(path)
                    ? "The file " + path + " cannot be read (permission denied?)."
                    : "The file " + path + " does not exist.");
            return;
        }
        CancelToken cancel = new CancelToken();
        AtomicReference<CapturePreview> early = new AtomicReference<>();
        long started = System.nanoTime();
        Task<CaptureSession> task = new Task<>() {
            @Override
            protected CaptureSession call() {
                return backend.load(path, early::set, cancel, (done, total) -> updateProgress(done, total));
            }
        };
        Timeline poll = new Timeline(new KeyFrame(REFRESH, e -> showEarlyRows(path, early.get())));
        poll.setCycleCount(Timeline.INDEFINITE);
        task.setOnSucceeded(e -> {
            poll.stop();
            finishLoad(path, task.getValue(), System.nanoTime() - started);
        });
        task.setOnFailed(e -> {
            poll.stop();
            status.setBusy(false);
            loading = null;
            showProblem("Cannot open " + path.getFileName(), String.valueOf(task.getException()));
        });
        loading = task;
        loadingCancel = cancel;
        status.progress.progressProperty().bind(task.progressProperty());
        status.setBusy(true);
        status.message.setText("Loading " + path.getFileName() + " …");
        poll.play();
        Thread t = new Thread(task, "resetlens-load");
        t.setDaemon(true);
        t.start();
    }

    /** While loading: switch the table to the new index on its first frame, then grow it a few times a second. */
    private void showEarlyRows(Path path, CapturePreview preview) {
        if (preview == null) return;
        FrameIndex index = preview.frames();
        if (packets.index() != index) {
            packets.showIndex(index, preview.rows());
            details.show(null);
            bytes.setData(null);
            resetModel.setResets(List.of());
            resetPane.reload();
            infoBar.hide();
            stage.setTitle("ResetLens — " + path.getFileName());
            status.file.setText(path.getFileName().toString());
        }
        packets.refreshGrowth();
        status.setCounts(index.size(), packets.displayedCount(), true);
    }

    private void finishLoad(Path path, CaptureSession loaded, long nanos) {
        loading = null;
        status.setBusy(false);
        status.progress.progressProperty().unbind();
        if (loaded.frames().size() == 0 && loaded.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            // nothing usable: keep what was shown before
            String why = loaded.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message)
                    .findFirst().orElse("unknown error");
            loaded.close();
            status.message.setText("");
            showProblem("Cannot open " + path.getFileName(), why);
            return;
        }
        CaptureSession old = session;
        install(loaded);
        if (old != null && old != loaded) old.close();
        status.setLoadTime(nanos);
        recent.add(path);
        refreshRecentMenu();
    }

    private void install(CaptureSession s) {
        session = s;
        if (ladder != null) ladder.close();
        stage.setTitle("ResetLens — " + s.path().getFileName());
        status.file.setText(s.path().getFileName().toString());
        packets.attach(s, ColoringRules.compile(backend.filters(), s));
        table.refresh();
        resetModel.setResets(s.resets());
        resetPane.reload();
        showLoadDiagnostics(s);
        status.message.setText("");
        updateCounts();
        String applied = filterModel.appliedProperty().get();
        if (applied != null && !applied.isBlank()) {
            filterModel.textProperty().set(applied);
            applyFilter(applied);
        } else if (!resetModel.all().isEmpty()) {
            selectFrame(resetModel.all().get(0).frame());
        }
    }

    private void showLoadDiagnostics(CaptureSession s) {
        List<Diagnostic> problems = s.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
        StringBuilder sb = new StringBuilder();
        if (!problems.isEmpty()) {
            Diagnostic d = problems.get(0);
            sb.append("Loaded ").append(s.frames().size()).append(" packets, then stopped: ").append(d.message());
            if (d.offset() >= 0 && !d.message().contains("offset")) sb.append(" (at byte offset ").append(d.offset()).append(')');
            if (problems.size() > 1) sb.append(" — and ").append(problems.size() - 1).append(" more problem(s)");
        }
        if (!s.complete()) {
            if (sb.length() > 0) sb.append(". ");
            sb.append("Loading was cancelled after ").append(s.frames().size()).append(" packets.");
        }
        if (sb.length() == 0) infoBar.hide();
        else infoBar.show(problems.stream().anyMatch(Diagnostic::isError) ? InfoBar.Kind.ERROR : InfoBar.Kind.WARNING,
                sb.toString());
    }

    private void showProblem(String title, String text) {
        infoBar.show(InfoBar.Kind.ERROR, title + ": " + text);
        status.message.setText(title);
    }

    private void cancelWork() {
        if (loadingCancel != null) loadingCancel.cancel();
        if (filtering != null) filtering.cancel();
    }

    /** True while a capture or a filter is being processed in the background. */
    public boolean busy() {
        return loading != null || filtering != null;
    }

    // ------------------------------------------------------------------ filtering

    /** Applies a display filter (empty: show everything) off the FX thread. */
    public void applyFilter(String text) {
        if (!text.equals(filterModel.textProperty().get())) filterModel.textProperty().set(text);
        Optional<CompiledFilter> compiled = filterModel.toApply();
        if (compiled == null) return;
        if (filtering != null) filtering.cancel();
        if (compiled.isEmpty() || session == null) {
            if (compiled.isEmpty()) packets.showAll();
            filterModel.markApplied(compiled.isEmpty() ? "" : text);
            afterDisplayChange();
            return;
        }
        CaptureSession s = session;
        CompiledFilter filter = compiled.get();
        int n = s.frames().size();
        org.resetlens.core.CancelToken token = new org.resetlens.core.CancelToken();
        Task<int[]> task = new Task<>() {
            @Override
            protected int[] call() {
                updateProgress(-1, 1);
                int[] out = s.select(filter, n, token);
                return isCancelled() ? null : out;
            }

            @Override
            public boolean cancel(boolean mayInterrupt) {
                token.cancel();
                return super.cancel(mayInterrupt);
            }
        };
        task.setOnSucceeded(e -> {
            if (filtering != task) return;
            filtering = null;
            status.setBusy(false);
            status.progress.progressProperty().unbind();
            int[] result = task.getValue();
            packets.showOnly(result, result.length);
            filterModel.markApplied(text);
            afterDisplayChange();
        });
        task.setOnFailed(e -> {
            if (filtering != task) return;
            filtering = null;
            status.setBusy(false);
            status.progress.progressProperty().unbind();
            showProblem("Filter failed", String.valueOf(task.getException()));
        });
        task.setOnCancelled(e -> {
            if (filtering == task) {
                filtering = null;
                status.setBusy(false);
                status.progress.progressProperty().unbind();
            }
        });
        filtering = task;
        status.progress.progressProperty().bind(task.progressProperty());
        status.setBusy(true);
        Thread t = new Thread(task, "resetlens-filter");
        t.setDaemon(true);
        t.start();
    }

    private void afterDisplayChange() {
        updateCounts();
        if (selectedFrame >= 0 && !table.selectFrame(selectedFrame)) table.getSelectionModel().clearSelection();
    }

    private void updateCounts() {
        status.setCounts(packets.totalCount(), packets.displayedCount(), loading != null);
    }

    // ------------------------------------------------------------------ selection

    /** Selects a frame (0-based); clears the display filter first when it hides the frame. */
    public void selectFrame(int frame) {
        if (frame < 0 || frame >= packets.totalCount()) return;
        if (!table.selectFrame(frame)) {
            filterModel.textProperty().set("");
            packets.showAll();
            filterModel.markApplied("");
            updateCounts();
            status.message.setText("Display filter cleared to show frame " + (frame + 1));
            table.selectFrame(frame);
        }
    }

    public int selectedFrame() {
        return selectedFrame;
    }

    private void onFrameSelected(int frame) {
        selectedFrame = frame;
        FrameIndex index = packets.index();
        if (frame < 0 || index == null) {
            details.show(null);
            bytes.setData(null);
            resetModel.select(-1, -1);
            return;
        }
        details.show(session == null ? null : session.dissect(frame).orElse(null));
        bytes.setData(index.bytes(frame));
        resetModel.select(frame, session == null ? -1 : session.tcpStream(frame));
        if (ladder != null && ladder.isShowing()) ladder.follow(frame);
    }

    /** Opens the ladder of the frame's TCP stream (the trace-back drawn when the frame is a reset). */
    public void showInLadder(int frame) {
        if (session == null || frame < 0 || session.analysis().isEmpty()) return;
        int stream = session.tcpStream(frame);
        if (stream < 0) {
            status.message.setText("Show in Ladder: the selected packet is not TCP");
            return;
        }
        if (ladder == null) ladder = new LadderWindow(stage, this::selectFrame);
        ladder.show(session.analysis().get(), stream, frame, resetModel.forFrame(frame).isPresent(), theme == Theme.DARK);
    }

    /** Asks for a note on a frame and keeps it as the frame's comment (saved by Save As pcapng). */
    public void annotate(int frame) {
        if (session == null || frame < 0) return;
        List<String> existing = session.frames().comments(frame);
        TextInputDialog d = new TextInputDialog(existing.isEmpty() ? "" : String.join("\n", existing));
        d.setTitle("Packet Comment");
        d.setHeaderText("Comment on packet " + (frame + 1));
        d.setContentText("Comment:");
        d.initOwner(stage);
        d.showAndWait().ifPresent(text -> setComment(frame, text));
    }

    /** Sets (blank: removes) a frame's comment and shows it in the details. */
    public void setComment(int frame, String text) {
        if (session == null) return;
        session.setComments(frame, text.isBlank() ? List.of() : List.of(text.strip()));
        packets.cache().clear();
        table.refresh();
        if (frame == selectedFrame) onFrameSelected(frame);
        status.message.setText(text.isBlank() ? "Comment removed" : "Comment added to packet " + (frame + 1)
                + " (File › Save As keeps it)");
    }

    // ------------------------------------------------------------------ menus

    private MenuBar menuBar() {
        MenuItem open = item("_Open…", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndOpen);
        refreshRecentMenu();
        MenuItem saveAs = item("Save _As…", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> chooseAndSave(false));
        MenuItem exportDisplayed = item("_Export Displayed Packets…", "menu-export-displayed", null,
                () -> chooseAndSave(true));
        MenuItem close = item("_Close", "menu-close", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                this::closeCapture);
        MenuItem quit = item("_Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                stage::close);
        Menu file = new Menu("_File", null, open, recentMenu, saveAs, exportDisplayed, close, new SeparatorMenuItem(), quit);

        MenuItem findItem = item("_Find Packet…", "menu-find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                findBar::show);
        MenuItem gotoItem = item("_Go to Packet…", "menu-goto", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN),
                this::goToPacketDialog);
        MenuItem focusFilter = item("Display _Filter", "menu-focus-filter",
                new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), filterBar::focusField);
        Menu edit = new Menu("_Edit", null, findItem, gotoItem, focusFilter);

        ToggleGroup tg = new ToggleGroup();
        Menu time = new Menu("_Time Display Format");
        KeyCode[] keys = {KeyCode.DIGIT5, KeyCode.DIGIT7, KeyCode.DIGIT1, KeyCode.DIGIT8, KeyCode.DIGIT4};
        for (TimeFormat tf : TimeFormat.values()) {
            RadioMenuItem r = new RadioMenuItem(tf.label());
            r.setToggleGroup(tg);
            r.setId("time-" + tf.name().toLowerCase(Locale.ROOT));
            r.setAccelerator(new KeyCodeCombination(keys[tf.ordinal()], KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.ALT_DOWN));
            r.setSelected(tf == packets.timeFormatProperty().get());
            r.setOnAction(e -> packets.timeFormatProperty().set(tf));
            time.getItems().add(r);
        }
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setId("menu-dark");
        dark.setSelected(theme == Theme.DARK);
        dark.setOnAction(e -> setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        MenuItem resetPaneItem = item("Show _Reset Pane", "menu-reset-pane", null, resetPane::focusList);
        Menu view = new Menu("_View", null, time, new SeparatorMenuItem(), dark, resetPaneItem);

        Menu go = new Menu("_Go", null,
                item("_Next Packet", "menu-next", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN),
                        () -> table.step(1)),
                item("_Previous Packet", "menu-prev", new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN),
                        () -> table.step(-1)),
                item("_First Packet", "menu-first", new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN),
                        () -> table.selectRow(0)),
                item("_Last Packet", "menu-last", new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN),
                        () -> table.selectRow(table.rowCount() - 1)),
                new SeparatorMenuItem(),
                item("Next _Reset", "menu-next-reset", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.ALT_DOWN), () -> resetModel.next(selectedFrame).ifPresent(r -> selectFrame(r.frame()))),
                item("Previous R_eset", "menu-prev-reset", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> resetModel.previous(selectedFrame < 0 ? Integer.MAX_VALUE : selectedFrame)
                                .ifPresent(r -> selectFrame(r.frame()))));

        Menu stats = new Menu("_Statistics", null,
                item("_Conversations", "menu-conversations", null, this::openConversations),
                item("_Endpoints", "menu-endpoints", null, statsWindows::endpoints),
                item("_Protocol Hierarchy", "menu-phs", null, statsWindows::protocolHierarchy),
                item("SMB2 _Service Response Time", "menu-smb2-srt", null, statsWindows::smb2Srt),
                item("SMB2 Co_mmands", "menu-smb2-commands", null, statsWindows::smb2Commands),
                item("_HTTP Requests", "menu-http", null, statsWindows::http),
                item("_I/O Graph", "menu-io-graph", null, statsWindows::ioGraph),
                item("Compare _with…", "menu-compare", null, this::chooseAndCompare));
        Menu analyze = new Menu("_Analyze", null,
                item("_Expert Information", "menu-expert", null, this::openExpert),
                item("_Follow TCP Stream", "menu-follow", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN), this::followSelectedStream),
                item("_Resets", "menu-resets", null, resetPane::focusList),
                item("E_xplain Reset", "menu-explain", null, this::explainReset),
                item("Show in _Ladder", "menu-ladder", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.ALT_DOWN), () -> showInLadder(selectedFrame)));
        MenuBar bar = new MenuBar(file, edit, view, go, stats, analyze);
        bar.setId("menu-bar");
        return bar;
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem mi = new MenuItem(p.toString());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> open(p));
            recentMenu.getItems().add(mi);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().add(new SeparatorMenuItem());
            MenuItem clear = new MenuItem("Clear Menu");
            clear.setOnAction(e -> {
                recent.clear();
                refreshRecentMenu();
            });
            recentMenu.getItems().add(clear);
        }
    }

    private static MenuItem item(String text, String id, KeyCombination accel, Runnable action) {
        MenuItem mi = new MenuItem(text);
        mi.setId(id);
        if (accel != null) mi.setAccelerator(accel);
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private ToolBar toolBar() {
        Button open = toolButton("Open", "Open a capture (Ctrl+O)", this::chooseAndOpen);
        Button reload = toolButton("Reload", "Reload this capture", () -> {
            if (session != null) open(session.path());
        });
        Button prevReset = toolButton("◀ Reset", "Previous reset", () -> resetModel
                .previous(selectedFrame < 0 ? Integer.MAX_VALUE : selectedFrame).ifPresent(r -> selectFrame(r.frame())));
        Button nextReset = toolButton("Reset ▶", "Next reset", () -> resetModel.next(selectedFrame)
                .ifPresent(r -> selectFrame(r.frame())));
        nextReset.setId("tool-next-reset");
        Button go = toolButton("Go to…", "Go to packet (Ctrl+G)", this::goToPacketDialog);
        Button conv = toolButton("Conversations", "Statistics › Conversations", this::openConversations);
        Button expert = toolButton("Expert Info", "Analyze › Expert Information", this::openExpert);
        Button follow = toolButton("Follow Stream", "Follow TCP Stream (Ctrl+Alt+Shift+T)", this::followSelectedStream);
        ToolBar tb = new ToolBar(open, reload, new javafx.scene.control.Separator(), go, prevReset, nextReset,
                new javafx.scene.control.Separator(), conv, expert, follow);
        tb.setId("tool-bar");
        return tb;
    }

    private static Button toolButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private ContextMenu packetContextMenu() {
        Menu apply = new Menu("Apply as Filter", null,
                item("Selected Field", "ctx-apply-field", null, () -> fieldFilter().ifPresent(this::applyFilter)),
                item("Conversation", "ctx-apply-conv", null, () -> conversationFilter().ifPresent(this::applyFilter)));
        Menu prepare = new Menu("Prepare as Filter", null,
                item("Selected Field", "ctx-prepare-field", null, () -> fieldFilter().ifPresent(this::prepareFilter)),
                item("Conversation", "ctx-prepare-conv", null, () -> conversationFilter().ifPresent(this::prepareFilter)));
        MenuItem conv = item("Conversation Filter", "ctx-conversation-filter", null,
                () -> conversationFilter().ifPresent(this::applyFilter));
        MenuItem follow = item("Follow TCP Stream", "ctx-follow", null, this::followSelectedStream);
        MenuItem ladderItem = item("Show in Ladder", "ctx-ladder", null, () -> showInLadder(selectedFrame));
        MenuItem comment = item("Packet Comment…", "ctx-comment", new KeyCodeCombination(KeyCode.C,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN), () -> annotate(selectedFrame));
        MenuItem explain = item("Explain Reset", "ctx-explain", null, this::explainReset);
        ContextMenu menu = new ContextMenu(apply, prepare, conv, new SeparatorMenuItem(), follow, ladderItem, explain,
                comment);
        menu.setOnShowing(e -> ladderItem.setDisable(session == null || session.analysis().isEmpty()
                || selectedFrame < 0 || session.tcpStream(selectedFrame) < 0));
        return menu;
    }

    private ContextMenu detailsContextMenu() {
        return new ContextMenu(
                item("Apply as Filter", "tree-apply", null, () -> fieldFilter().ifPresent(this::applyFilter)),
                item("Prepare as Filter", "tree-prepare", null, () -> fieldFilter().ifPresent(this::prepareFilter)),
                item("Expand All", "tree-expand", null, () -> expandAll(details.getRoot(), true)),
                item("Collapse All", "tree-collapse", null, () -> expandAll(details.getRoot(), false)));
    }

    private static void expandAll(javafx.scene.control.TreeItem<TreeNode> item, boolean expand) {
        for (var c : item.getChildren()) {
            c.setExpanded(expand);
            expandAll(c, expand);
        }
    }

    private Optional<String> fieldFilter() {
        TreeNode n = details.selectedNode();
        return n == null || n.value() == null ? Optional.empty() : Optional.of(FieldFilter.of(n.value()));
    }

    private Optional<String> conversationFilter() {
        if (session == null || selectedFrame < 0) return Optional.empty();
        int tcp = session.tcpStream(selectedFrame);
        if (tcp >= 0) return Optional.of("tcp.stream eq " + tcp);
        int udp = session.udpStream(selectedFrame);
        return udp >= 0 ? Optional.of("udp.stream eq " + udp) : Optional.empty();
    }

    private void prepareFilter(String text) {
        filterModel.textProperty().set(text);
        filterBar.focusField();
    }

    private void installShortcuts() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) return;
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                if (filterBar.field().isFocused()) return;
                table.step(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            } else if (e.getCode() == KeyCode.SLASH) {
                filterBar.focusField();
                e.consume();
            }
        });
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) Platform.runLater(() -> open(files.get(0).toPath()));
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void chooseAndOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open Capture File");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Capture files", "*.pcap", "*.pcapng", "*.cap", "*.ntar", "*.gz",
                        "*.pcap.gz", "*.pcapng.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        recent.list().stream().findFirst().map(Path::getParent).filter(Files::isDirectory)
                .ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        var f = fc.showOpenDialog(stage);
        if (f != null) open(f.toPath());
    }

    private void chooseAndSave(boolean displayedOnly) {
        if (session == null) return;
        FileChooser fc = new FileChooser();
        fc.setTitle(displayedOnly ? "Export Displayed Packets" : "Save Capture As");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("pcapng", "*.pcapng"));
        String name = session.path().getFileName().toString().replaceFirst("\\.(pcapng|pcap|cap)(\\.gz)?$", "");
        fc.setInitialFileName(name + (displayedOnly ? "-displayed" : "") + ".pcapng");
        var f = fc.showSaveDialog(stage);
        if (f != null) saveAs(f.toPath(), displayedOnly);
    }

    /** Writes the capture (or the displayed packets, in frame order) as pcapng in the background. */
    public void saveAs(Path file, boolean displayedOnly) {
        CaptureSession s = session;
        if (s == null) return;
        int[] frames = displayedOnly ? packets.items().sortedFrames()
                : java.util.stream.IntStream.range(0, s.frames().size()).toArray();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                s.saveAs(file, frames);
                return null;
            }
        };
        task.setOnSucceeded(e -> status.message.setText("Saved " + frames.length + " packets to " + file.getFileName()));
        task.setOnFailed(e -> showProblem("Cannot save " + file.getFileName(), String.valueOf(task.getException())));
        status.message.setText("Saving " + file.getFileName() + " …");
        Thread t = new Thread(task, "resetlens-save");
        t.setDaemon(true);
        t.start();
    }

    private void closeCapture() {
        cancelWork();
        if (session != null) session.close();
        session = null;
        packets.showIndex(new FrameIndex(new org.resetlens.capture.HeapByteSource(new byte[0])), f -> PacketRow.EMPTY);
        resetModel.setResets(List.of());
        resetPane.reload();
        details.show(null);
        bytes.setData(null);
        infoBar.hide();
        stage.setTitle("ResetLens");
        status.file.setText("No capture");
        status.setLoadTime(-1);
        updateCounts();
    }

    private void goToPacketDialog() {
        TextInputDialog d = new TextInputDialog(selectedFrame >= 0 ? Integer.toString(selectedFrame + 1) : "");
        d.setTitle("Go to Packet");
        d.setHeaderText(null);
        d.setContentText("Packet number:");
        d.initOwner(stage);
        d.showAndWait().ifPresent(this::goToPacket);
    }

    /** Go to packet by its number as typed (1-based); reports a bad number in the status bar. */
    public void goToPacket(String typed) {
        try {
            int n = Integer.parseInt(typed.trim());
            if (n < 1 || n > packets.totalCount()) {
                status.message.setText("No packet number " + n);
                return;
            }
            selectFrame(n - 1);
        } catch (NumberFormatException e) {
            status.message.setText("\"" + typed + "\" is not a packet number");
        }
    }

    private void find(FindBar.Mode mode, String text) {
        if (session == null || text == null || text.isBlank()) return;
        IntPredicate match;
        if (mode == FindBar.Mode.DISPLAY_FILTER) {
            FilterCheck c = backend.filters().check(text);
            if (c.filter().isEmpty()) {
                findBar.setResult(c.diagnostics().isEmpty() ? "Invalid filter" : c.diagnostics().get(0).message());
                return;
            }
            match = session.matcher(c.filter().get());
        } else {
            String needle = text.toLowerCase(Locale.ROOT);
            match = f -> {
                var r = session.row(f);
                return (r.info() + " " + r.protocol() + " " + r.source() + " " + r.destination())
                        .toLowerCase(Locale.ROOT).contains(needle);
            };
        }
        int rows = table.rowCount();
        int start = table.selectedRow();
        for (int i = 1; i <= rows; i++) {
            int row = (start + i) % rows;
            if (match.test(packets.items().frameAt(row))) {
                table.selectRow(row);
                findBar.setResult("");
                return;
            }
        }
        findBar.setResult("Not found");
    }

    private void explainReset() {
        if (selectedFrame < 0) return;
        if (resetModel.forFrame(selectedFrame).isEmpty()) {
            resetModel.streamResetsProperty().get().stream().findFirst().ifPresent(r -> selectFrame(r.frame()));
        }
        resetPane.focusList();
    }

    // ------------------------------------------------------------------ other windows

    private void chooseAndCompare() {
        if (session == null || session.analysis().isEmpty()) {
            showProblem("Nothing to compare", "Open a capture first, then choose the capture to compare it with.");
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Compare with Capture File");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Capture files", "*.pcap", "*.pcapng", "*.cap", "*.ntar", "*.gz",
                        "*.pcap.gz", "*.pcapng.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path dir = session.path().toAbsolutePath().getParent();
        if (dir != null && Files.isDirectory(dir)) fc.setInitialDirectory(dir.toFile());
        var f = fc.showOpenDialog(stage);
        if (f != null) compareWith(f.toPath());
    }

    /**
     * Statistics › Compare with…: loads {@code other} in the background with the window's backend,
     * compares it with the open capture (as {@code compare} does) and shows the two side by side.
     */
    public void compareWith(Path other) {
        CaptureSession current = session;
        if (current == null || current.analysis().isEmpty()) return;
        Task<CompareModel> task = new Task<>() {
            @Override
            protected CompareModel call() {
                try (CaptureSession b = backend.load(other, p -> { }, new CancelToken(), (done, total) -> { })) {
                    if (b.analysis().isEmpty()) {
                        String why = b.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message)
                                .findFirst().orElse("no packets");
                        throw new IllegalStateException(why);
                    }
                    CaptureComparison c = CaptureComparison.of(current.analysis().get(), b.analysis().get());
                    String na = current.path().getFileName().toString(), nb = other.getFileName().toString();
                    if (na.equals(nb)) {
                        na = shortPath(current.path());
                        nb = shortPath(other);
                    }
                    return new CompareModel(c, na, nb);
                }
            }
        };
        task.setOnSucceeded(e -> {
            status.message.setText("");
            new CompareWindow(stage, task.getValue()).show();
        });
        task.setOnFailed(e -> {
            status.message.setText("");
            Throwable t = task.getException();
            showProblem("Cannot compare with " + other.getFileName(), t == null ? "unknown error" : String.valueOf(t.getMessage()));
        });
        status.message.setText("Comparing with " + other.getFileName() + " …");
        Thread t = new Thread(task, "resetlens-compare");
        t.setDaemon(true);
        t.start();
    }

    /** parent/name: tells two captures of the same name apart. */
    private static String shortPath(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? p.getFileName().toString()
                : parent.getFileName() + "/" + p.getFileName();
    }

    private void openConversations() {
        if (session == null) return;
        new ConversationsWindow(stage, session, () -> packets.items().sortedFrames(), this::applyFilter).show();
    }

    private void openExpert() {
        if (session == null) return;
        new ExpertWindow(stage, session, resetModel.all(), this::selectFrame).show();
    }

    private void followSelectedStream() {
        if (session == null || selectedFrame < 0) return;
        int stream = session.tcpStream(selectedFrame);
        if (stream < 0) {
            status.message.setText("Follow TCP Stream: the selected packet is not TCP");
            return;
        }
        applyFilter("tcp.stream eq " + stream);
        new FollowStreamWindow(stage, session, stream).show();
    }

    private void setTheme(Theme t) {
        theme = t;
        t.apply(scene);
        prefs.put("theme", t == Theme.DARK ? "dark" : "light");
    }

    // ------------------------------------------------------------------ for tests and the app

    public Scene scene() {
        return scene;
    }

    public CaptureSession session() {
        return session;
    }

    public PacketListModel packets() {
        return packets;
    }

    public FilterBarModel filterModel() {
        return filterModel;
    }

    public ResetPaneModel resetModel() {
        return resetModel;
    }

    public String infoBarMessage() {
        return infoBar.message();
    }

    public String statusCounts() {
        return status.packets.getText();
    }

    /** The reset pane's buttons and links, routed to the window. */
    private final class ResetActions implements ResetPaneView.Actions {
        @Override
        public void selectFrame(int frame) {
            MainWindow.this.selectFrame(frame);
        }

        @Override
        public void applyFilter(String filter) {
            MainWindow.this.applyFilter(filter);
        }

        @Override
        public void showInLadder(ResetInfo reset) {
            MainWindow.this.showInLadder(reset.frame());
        }

        @Override
        public void annotate(int frame) {
            MainWindow.this.annotate(frame);
        }

        @Override
        public boolean hasLadder() {
            return session != null && session.analysis().isPresent();
        }

        @Override
        public boolean canAnnotate() {
            return session != null;
        }
    }
}
