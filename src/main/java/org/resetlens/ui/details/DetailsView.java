package org.resetlens.ui.details;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.TreeNode;

/** The packet details tree; double-clicking a line that links to another frame jumps there. */
public final class DetailsView extends TreeView<TreeNode> {
    private final Map<TreeNode, TreeItem<TreeNode>> items = new IdentityHashMap<>();
    private IntConsumer onJump = f -> { };

    public DetailsView() {
        setId("details-tree");
        getStyleClass().add("details-tree");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setCellFactory(tv -> new NodeCell());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                TreeNode n = selectedNode();
                if (n != null && n.linkedFrame() >= 0) onJump.accept(n.linkedFrame());
            }
        });
        setOnKeyPressed(e -> {
            TreeNode n = selectedNode();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && n != null && n.linkedFrame() >= 0) {
                onJump.accept(n.linkedFrame());
                e.consume();
            }
        });
    }

    /** Shows a dissection (or clears the tree for null), keeping protocols expanded as before. */
    public void show(Dissection d) {
        items.clear();
        TreeItem<TreeNode> root = new TreeItem<>();
        if (d != null) {
            List<TreeNode> roots = d.roots();
            for (int i = 0; i < roots.size(); i++) {
                TreeItem<TreeNode> item = build(roots.get(i));
                if (i == roots.size() - 1 && roots.size() > 1) item.setExpanded(true);
                root.getChildren().add(item);
            }
        }
        setRoot(root);
    }

    private TreeItem<TreeNode> build(TreeNode node) {
        TreeItem<TreeNode> item = new TreeItem<>(node);
        items.put(node, item);
        for (TreeNode c : node.children()) item.getChildren().add(build(c));
        return item;
    }

    public TreeNode selectedNode() {
        TreeItem<TreeNode> s = getSelectionModel().getSelectedItem();
        return s == null ? null : s.getValue();
    }

    /** Selects a node (expanding its ancestors) and scrolls to it. */
    public void selectNode(TreeNode node) {
        TreeItem<TreeNode> item = items.get(node);
        if (item == null) return;
        for (TreeItem<TreeNode> p = item.getParent(); p != null; p = p.getParent()) p.setExpanded(true);
        getSelectionModel().select(item);
        int row = getRow(item);
        if (row >= 0) scrollTo(Math.max(0, row - 3));
    }

    public List<TreeNode> roots() {
        return getRoot().getChildren().stream().map(TreeItem::getValue).toList();
    }

    public void setOnJump(IntConsumer consumer) {
        onJump = consumer;
    }

    private static final class NodeCell extends TreeCell<TreeNode> {
        @Override
        protected void updateItem(TreeNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("tree-link", "tree-protocol");
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.label());
            if (node.linkedFrame() >= 0) getStyleClass().add("tree-link");
            if (node.value() != null && node.value().field().isProtocol()) getStyleClass().add("tree-protocol");
        }
    }
}
