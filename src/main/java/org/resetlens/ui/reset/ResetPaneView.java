package org.resetlens.ui.reset;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.resetlens.ui.backend.ResetInfo;

/**
 * The reset pane beside the packet list: the Resets list grouped by cause (to step through them)
 * and the explanation of the selected reset with its trace-back links and actions.
 */
public final class ResetPaneView extends VBox {

    /** What the pane's buttons and links ask the window to do. */
    public interface Actions {
        void selectFrame(int frame);

        void applyFilter(String filter);

        void showInLadder(ResetInfo reset);

        void annotate(int frame);

        boolean hasLadder();

        boolean canAnnotate();
    }

    private final ResetPaneModel model;
    private final Actions actions;
    private final Label summary = new Label();
    private final TreeView<Object> list = new TreeView<>();
    private final VBox detail = new VBox(10);
    private boolean updatingList;

    public ResetPaneView(ResetPaneModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
        setId("reset-pane");
        getStyleClass().add("reset-pane");

        Label title = new Label("Resets");
        title.getStyleClass().add("pane-title");
        Button prev = new Button("◀");
        prev.setId("reset-prev");
        prev.setTooltip(new Tooltip("Previous reset"));
        Button next = new Button("▶");
        next.setId("reset-next");
        next.setTooltip(new Tooltip("Next reset"));
        prev.setOnAction(e -> step(false));
        next.setOnAction(e -> step(true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, prev, next);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        summary.setId("reset-summary");
        summary.getStyleClass().add("reset-summary");
        summary.setWrapText(true);

        list.setId("reset-list");
        list.getStyleClass().add("reset-list");
        list.setShowRoot(false);
        list.setCellFactory(tv -> new ResetCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (!updatingList && n != null && n.getValue() instanceof ResetInfo r) actions.selectFrame(r.frame());
        });

        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reset-detail-scroll");
        detail.setId("reset-detail");
        detail.getStyleClass().add("reset-detail");

        VBox top = new VBox(4, header, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, scroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.34);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);

        model.currentProperty().addListener((obs, o, n) -> render());
        model.streamResetsProperty().addListener((obs, o, n) -> render());
        reload();
    }

    /** Rebuilds the Resets list after a capture loaded. */
    public void reload() {
        summary.setText(model.summary());
        TreeItem<Object> root = new TreeItem<>();
        for (ResetPaneModel.CauseGroup g : model.groups()) {
            TreeItem<Object> gi = new TreeItem<>(g);
            gi.setExpanded(true);
            for (ResetInfo r : g.resets()) gi.getChildren().add(new TreeItem<>(r));
            root.getChildren().add(gi);
        }
        list.setRoot(root);
        render();
    }

    private void step(boolean forward) {
        ResetInfo cur = model.current();
        int from = cur != null ? cur.frame() : -1;
        (forward ? model.next(from) : model.previous(from == -1 ? Integer.MAX_VALUE : from))
                .ifPresent(r -> actions.selectFrame(r.frame()));
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty()) model.next(-1).ifPresent(r -> actions.selectFrame(r.frame()));
    }

    private void render() {
        detail.getChildren().clear();
        ResetInfo r = model.current();
        syncListSelection(r);
        if (r != null) {
            renderReset(r);
            return;
        }
        List<ResetInfo> inStream = model.streamResetsProperty().get();
        if (model.selectedStream() >= 0 && !inStream.isEmpty()) {
            detail.getChildren().add(sectionTitle("TCP stream " + model.selectedStream()));
            detail.getChildren().add(wrapped("This packet is not a reset. Its stream has "
                    + inStream.size() + (inStream.size() == 1 ? " reset:" : " resets:"), "reset-hint"));
            for (ResetInfo x : inStream) {
                detail.getChildren().add(frameLink(x.frame(), Causes.title(x.cause()) + " — RST from " + x.sender()));
            }
        } else if (!model.all().isEmpty()) {
            detail.getChildren().add(wrapped("Select a reset (a dark red row, or one in the list above) to see "
                    + "why it happened and which packet triggered it.", "reset-hint"));
        } else {
            detail.getChildren().add(wrapped("No TCP resets in this capture.", "reset-hint"));
        }
    }

    private void syncListSelection(ResetInfo r) {
        updatingList = true;
        try {
            if (r == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<Object> g : list.getRoot().getChildren()) {
                for (TreeItem<Object> i : g.getChildren()) {
                    if (i.getValue() == r) {
                        list.getSelectionModel().select(i);
                        int row = list.getRow(i);
                        if (row >= 0) list.scrollTo(Math.max(0, row - 2));
                        return;
                    }
                }
            }
        } finally {
            updatingList = false;
        }
    }

    private void renderReset(ResetInfo r) {
        Label badge = new Label(Causes.title(r.cause()));
        badge.setId("reset-cause");
        badge.getStyleClass().addAll("cause-badge", Causes.badgeClass(r.cause(), r.benign()));
        Label conf = new Label(r.confidence() + " confidence");
        conf.setId("reset-confidence");
        conf.getStyleClass().addAll("confidence-chip", "confidence-" + r.confidence());
        FlowPane chips = new FlowPane(6, 6, badge, conf);
        Label head = new Label("RST from " + r.sender() + " · frame " + (r.frame() + 1) + " · stream " + r.stream()
                + (r.zeekState() == null || r.zeekState().isEmpty() ? "" : " · Zeek " + r.zeekState()));
        head.getStyleClass().add("reset-headline");
        head.setWrapText(true);
        Label causeId = new Label(r.cause() + (r.accepted() == null ? "" : " · accepted by peer: " + r.accepted()));
        causeId.getStyleClass().add("reset-cause-id");
        detail.getChildren().addAll(chips, head, causeId);

        Label explanation = wrapped(r.explanation(), "reset-explanation");
        explanation.setId("reset-explanation");
        detail.getChildren().add(explanation);

        if (r.timing() != null && !r.timing().isEmpty()) detail.getChildren().add(wrapped(r.timing(), "reset-timing"));

        Button trigger = new Button("Jump to trigger");
        trigger.setId("reset-jump-trigger");
        trigger.getStyleClass().add("accent-button");
        trigger.setDisable(r.triggerFrame() < 0);
        trigger.setOnAction(e -> actions.selectFrame(r.triggerFrame()));
        Button filter = new Button("Filter trace");
        filter.setId("reset-filter-trace");
        String traceFilter = ResetPaneModel.traceFilter(r);
        filter.setDisable(traceFilter.isEmpty());
        filter.setTooltip(new Tooltip(traceFilter));
        filter.setOnAction(e -> actions.applyFilter(traceFilter));
        Button ladder = new Button("Show in ladder");
        ladder.setId("reset-ladder");
        ladder.setDisable(!actions.hasLadder());
        ladder.setOnAction(e -> actions.showInLadder(r));
        Button annotate = new Button("Annotate…");
        annotate.setId("reset-annotate");
        annotate.setDisable(!actions.canAnnotate());
        annotate.setOnAction(e -> actions.annotate(r.frame()));
        FlowPane buttons = new FlowPane(6, 6, trigger, filter, ladder, annotate);
        detail.getChildren().add(buttons);

        if (!r.trace().isEmpty()) {
            detail.getChildren().add(sectionTitle("Trace-back"));
            VBox chain = new VBox(2);
            chain.getStyleClass().add("trace-chain");
            for (ResetInfo.TraceStep s : r.trace()) {
                Hyperlink link = frameLink(s.frame(), s.summary());
                Label role = new Label(s.role());
                role.getStyleClass().addAll("trace-role", "trace-role-" + s.role());
                VBox step = new VBox(0, role, link);
                step.getStyleClass().add("trace-step");
                if (s.frame() == r.triggerFrame()) step.getStyleClass().add("trace-trigger");
                chain.getChildren().add(step);
            }
            detail.getChildren().add(chain);
        }
        if (!r.arithmetic().isEmpty()) {
            detail.getChildren().add(sectionTitle("SEQ / ACK arithmetic"));
            VBox lines = new VBox(2);
            for (String a : r.arithmetic()) lines.getChildren().add(wrapped(a, "arithmetic-line"));
            detail.getChildren().add(lines);
        }
        if (!r.evidence().isEmpty()) {
            detail.getChildren().add(sectionTitle("Evidence"));
            VBox ev = new VBox(2);
            for (String e : r.evidence()) ev.getChildren().add(wrapped("• " + e, "evidence-line"));
            detail.getChildren().add(ev);
        }
        if (!traceFilter.isEmpty()) {
            detail.getChildren().add(sectionTitle("Trace filter"));
            Label f = wrapped(traceFilter, "trace-filter-text");
            detail.getChildren().add(f);
        }
    }

    private Hyperlink frameLink(int frame, String text) {
        Hyperlink link = new Hyperlink(frame >= 0 ? "Frame " + (frame + 1) + "  " + text : text);
        link.getStyleClass().add("frame-link");
        link.setWrapText(true);
        link.setUserData(frame);
        link.setDisable(frame < 0);
        link.setOnAction(e -> actions.selectFrame(frame));
        return link;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text == null ? "" : text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A line of the Resets list: a cause group or one reset. */
    private static final class ResetCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("reset-group", "reset-item");
            setGraphic(null);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof ResetPaneModel.CauseGroup g) {
                setText(Causes.title(g.cause()) + "  (" + g.resets().size() + ")");
                getStyleClass().add("reset-group");
            } else if (item instanceof ResetInfo r) {
                setText("Frame " + (r.frame() + 1) + " · stream " + r.stream() + " · from " + r.sender());
                getStyleClass().add("reset-item");
            }
        }
    }

}
