package org.resetlens.ui.reset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.resetlens.ui.backend.ResetInfo;

/**
 * The reset pane without a window: every reset of the capture grouped by cause, the explanation
 * of the selected reset, and for any other packet the resets of its stream.
 */
public final class ResetPaneModel {

    /** A cause and its resets, for the grouped Resets list. */
    public record CauseGroup(String cause, List<ResetInfo> resets) { }

    private final ReadOnlyObjectWrapper<ResetInfo> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ResetInfo>> streamResets = new ReadOnlyObjectWrapper<>(List.of());
    private List<ResetInfo> all = List.of();
    private final Map<Integer, ResetInfo> byFrame = new HashMap<>();
    private List<CauseGroup> groups = List.of();
    private int selectedStream = -1;

    /** Sets the resets of a newly loaded capture (in frame order) and clears the selection. */
    public void setResets(List<ResetInfo> resets) {
        all = resets.stream().sorted(Comparator.comparingInt(ResetInfo::frame)).toList();
        byFrame.clear();
        Map<String, List<ResetInfo>> grouped = new LinkedHashMap<>();
        for (ResetInfo r : all) {
            byFrame.put(r.frame(), r);
            grouped.computeIfAbsent(r.cause(), k -> new ArrayList<>()).add(r);
        }
        List<CauseGroup> g = new ArrayList<>();
        grouped.forEach((cause, list) -> g.add(new CauseGroup(cause, List.copyOf(list))));
        g.sort(Comparator.comparingInt((CauseGroup c) -> -c.resets().size()).thenComparing(CauseGroup::cause));
        groups = List.copyOf(g);
        current.set(null);
        streamResets.set(List.of());
    }

    public List<ResetInfo> all() {
        return all;
    }

    public List<CauseGroup> groups() {
        return groups;
    }

    /** The explanation shown: the selected reset, or null when the selection is not a reset. */
    public ReadOnlyObjectProperty<ResetInfo> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ResetInfo current() {
        return current.get();
    }

    /** For a selected packet that is not a reset: the resets of its TCP stream. */
    public ReadOnlyObjectProperty<List<ResetInfo>> streamResetsProperty() {
        return streamResets.getReadOnlyProperty();
    }

    public int selectedStream() {
        return selectedStream;
    }

    /** Follows the packet selection: {@code frame} 0-based (-1 for none), {@code stream} its tcp.stream. */
    public void select(int frame, int stream) {
        selectedStream = stream;
        ResetInfo r = byFrame.get(frame);
        current.set(r);
        if (r == null && stream >= 0) {
            streamResets.set(all.stream().filter(x -> x.stream() == stream).toList());
        } else {
            streamResets.set(List.of());
        }
    }

    public Optional<ResetInfo> forFrame(int frame) {
        return Optional.ofNullable(byFrame.get(frame));
    }

    /** The first reset after {@code frame} (wrapping around), or empty when there are none. */
    public Optional<ResetInfo> next(int frame) {
        for (ResetInfo r : all) if (r.frame() > frame) return Optional.of(r);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The last reset before {@code frame} (wrapping around), or empty when there are none. */
    public Optional<ResetInfo> previous(int frame) {
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).frame() < frame) return Optional.of(all.get(i));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The display filter that shows the reset's trace (stream-scoped, raw numbers), or "" without one. */
    public static String traceFilter(ResetInfo r) {
        return r.traceFilter() == null ? "" : r.traceFilter();
    }

    /** One line for the headline: who reset, the cause title, the confidence. */
    public static String headline(ResetInfo r) {
        return "RST from " + r.sender() + " — " + Causes.title(r.cause());
    }

    /** A one-line summary of all resets for the pane header ("12 resets: 9 request-timeout, 3 refused"). */
    public String summary() {
        if (all.isEmpty()) return "No resets in this capture";
        StringBuilder sb = new StringBuilder().append(all.size()).append(all.size() == 1 ? " reset: " : " resets: ");
        for (int i = 0; i < groups.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(groups.get(i).resets().size()).append(' ').append(groups.get(i).cause());
        }
        return sb.toString();
    }
}
