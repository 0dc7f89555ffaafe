package org.resetlens.ui.filterbar;

/** The filter bar's colour: Wireshark's empty / green / yellow / red. */
public enum FilterState {
    EMPTY("filter-empty"), VALID("filter-valid"), WARNING("filter-warning"), INVALID("filter-invalid");

    private final String styleClass;

    FilterState(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
