package org.resetlens.ui.filterbar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Severity;
import org.resetlens.core.Span;
import org.resetlens.ui.backend.CompiledFilter;
import org.resetlens.ui.backend.DisplayFilters;
import org.resetlens.ui.backend.FilterCheck;

/**
 * The display filter bar without a window: re-checks the text as it is typed and exposes the
 * colour, the message (with its column span and suggestion), completions, history and saved filters.
 */
public final class FilterBarModel {
    private static final int HISTORY_MAX = 30;

    /** A saved-filter button: its label and filter. */
    public record SavedFilter(String label, String filter) { }

    public static final List<SavedFilter> DEFAULT_SAVED = List.of(
            new SavedFilter("Resets", "tcp.flags.reset==1"),
            new SavedFilter("SMB", "smb||smb2"),
            new SavedFilter("Bad TCP", "tcp.analysis.flags"));

    private final ObjectProperty<DisplayFilters> filters = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<FilterState> state = new ReadOnlyObjectWrapper<>(FilterState.EMPTY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Span> errorSpan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FilterCheck> check = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<SavedFilter> saved = FXCollections.observableArrayList(DEFAULT_SAVED);
    private final StringProperty applied = new SimpleStringProperty("");

    public FilterBarModel(DisplayFilters displayFilters) {
        filters.set(displayFilters);
        text.addListener((obs, old, now) -> recheck());
        filters.addListener((obs, old, now) -> recheck());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<FilterState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public FilterState state() {
        return state.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** The columns the first problem covers, or null. */
    public ReadOnlyObjectProperty<Span> errorSpanProperty() {
        return errorSpan.getReadOnlyProperty();
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObservableList<SavedFilter> saved() {
        return saved;
    }

    /** The filter text last applied to the packet list. */
    public StringProperty appliedProperty() {
        return applied;
    }

    private void recheck() {
        String t = text.get() == null ? "" : text.get();
        DisplayFilters f = filters.get();
        if (t.isBlank() || f == null) {
            check.set(null);
            state.set(FilterState.EMPTY);
            message.set("");
            errorSpan.set(null);
            return;
        }
        FilterCheck c = f.check(t);
        check.set(c);
        Optional<Diagnostic> first = c.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).findFirst()
                .or(() -> c.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).findFirst());
        if (c.hasErrors() || c.filter().isEmpty()) {
            state.set(FilterState.INVALID);
        } else if (first.isPresent()) {
            state.set(FilterState.WARNING);
        } else {
            state.set(FilterState.VALID);
        }
        if (first.isPresent()) {
            Diagnostic d = first.get();
            message.set(describe(d, c.suggestion()));
            long start = Math.max(0, d.offset());
            long end = Math.min(t.length(), start + Math.max(1, d.length()));
            errorSpan.set(d.offset() < 0 ? null : new Span((int) Math.min(start, t.length()), (int) Math.max(end, start)));
        } else {
            message.set(c.filter().isEmpty() ? "Invalid filter" : "");
            errorSpan.set(null);
        }
    }

    private static String describe(Diagnostic d, String suggestion) {
        StringBuilder sb = new StringBuilder(d.message());
        if (d.offset() >= 0) {
            long from = d.offset() + 1;
            long to = d.offset() + Math.max(1, d.length());
            sb.append(from == to ? " (column " + from + ")" : " (columns " + from + "–" + to + ")");
        }
        if (suggestion != null && !suggestion.isBlank() && !d.message().contains(suggestion)) {
            sb.append(" — did you mean \"").append(suggestion).append("\"?");
        }
        return sb.toString();
    }

    /**
     * What to apply when the user presses Enter: the compiled filter, an empty Optional for
     * "show everything", or null when the text is invalid (nothing is applied).
     */
    public Optional<CompiledFilter> toApply() {
        if (state.get() == FilterState.EMPTY) return Optional.empty();
        FilterCheck c = check.get();
        if (c == null || c.filter().isEmpty()) return null;
        return c.filter();
    }

    /** Records a successfully applied filter (most recent first, no duplicates). */
    public void markApplied(String filterText) {
        applied.set(filterText);
        if (filterText.isBlank()) return;
        history.remove(filterText);
        history.add(0, filterText);
        if (history.size() > HISTORY_MAX) history.remove(HISTORY_MAX, history.size());
    }

    /**
     * Completions for the last word of {@code typed}: whole replacement texts (the typed prefix plus
     * a field name that starts with the word), shortest names first.
     */
    public List<String> completions(String typed, int max) {
        DisplayFilters f = filters.get();
        if (typed == null || f == null) return List.of();
        int start = typed.length();
        while (start > 0 && isNameChar(typed.charAt(start - 1))) start--;
        String word = typed.substring(start).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return List.of();
        String prefix = typed.substring(0, start);
        List<String> names = new ArrayList<>();
        for (String n : f.fieldNames()) {
            if (n.startsWith(word) && !n.equals(word)) names.add(n);
        }
        names.sort((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (out.size() >= max) break;
            out.add(prefix + n);
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }
}
