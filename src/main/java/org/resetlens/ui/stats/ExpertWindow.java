package org.resetlens.ui.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Stage;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.ExpertItem;
import org.resetlens.ui.backend.ResetInfo;
import org.resetlens.ui.reset.Causes;

/** Analyze › Expert Information: entries grouped by severity, each reset carrying its cause. */
public final class ExpertWindow {
    private final Stage stage = new Stage();

    /** A line of the tree: a severity group or one entry. */
    private record Line(String severity, String summary, String group, String protocol, int frame) { }

    public ExpertWindow(Stage owner, CaptureSession session, List<ResetInfo> resets, IntConsumer selectFrame) {
        stage.initOwner(owner);
        stage.setTitle("Expert Information — " + session.path().getFileName());
        TreeTableView<Line> tree = new TreeTableView<>();
        tree.setId("expert-tree");
        tree.setShowRoot(false);
        tree.getColumns().add(column("Severity", 110, Line::severity));
        tree.getColumns().add(column("Summary", 560, Line::summary));
        tree.getColumns().add(column("Group", 110, Line::group));
        tree.getColumns().add(column("Protocol", 80, Line::protocol));
        tree.getColumns().add(column("Packet", 70, l -> l.frame() < 0 ? "" : Integer.toString(l.frame() + 1)));
        tree.setRoot(build(entries(session, resets)));
        tree.setOnMouseClicked(e -> {
            TreeItem<Line> sel = tree.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && sel != null && sel.getValue().frame() >= 0) selectFrame.accept(sel.getValue().frame());
        });
        Scene scene = new Scene(tree, 1000, 500);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    /** The session's expert entries plus one warning per reset that names its cause. */
    static List<ExpertItem> entries(CaptureSession session, List<ResetInfo> resets) {
        List<ExpertItem> out = new ArrayList<>(session.expert());
        for (ResetInfo r : resets) {
            ExpertItem.Level level = r.benign() ? ExpertItem.Level.NOTE : ExpertItem.Level.WARNING;
            out.add(new ExpertItem(level, "Reset", "TCP", "Connection reset (RST) from " + r.sender() + ": "
                    + Causes.title(r.cause()) + " [" + r.cause() + ", " + r.confidence() + " confidence]", r.frame()));
        }
        return out;
    }

    private static TreeItem<Line> build(List<ExpertItem> items) {
        Map<ExpertItem.Level, List<ExpertItem>> byLevel = new EnumMap<>(ExpertItem.Level.class);
        for (ExpertItem i : items) byLevel.computeIfAbsent(i.level(), k -> new ArrayList<>()).add(i);
        TreeItem<Line> root = new TreeItem<>();
        byLevel.forEach((level, list) -> {
            String name = level.name().charAt(0) + level.name().substring(1).toLowerCase();
            TreeItem<Line> group = new TreeItem<>(new Line(name, list.size() + (list.size() == 1 ? " entry" : " entries"),
                    "", "", -1));
            group.setExpanded(level == ExpertItem.Level.ERROR || level == ExpertItem.Level.WARNING);
            list.stream().sorted(java.util.Comparator.comparingInt(ExpertItem::frame)).forEach(i ->
                    group.getChildren().add(new TreeItem<>(new Line(name, i.summary(), i.group(), i.protocol(), i.frame()))));
            root.getChildren().add(group);
        });
        return root;
    }

    private static TreeTableColumn<Line, String> column(String title, double width, java.util.function.Function<Line, String> f) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? ""
                : f.apply(cd.getValue().getValue())));
        return c;
    }

    public void show() {
        stage.show();
    }
}
