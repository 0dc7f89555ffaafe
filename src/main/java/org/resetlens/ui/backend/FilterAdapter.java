package org.resetlens.ui.backend;

import java.util.List;
import java.util.Optional;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.filter.CompileResult;
import org.resetlens.filter.DisplayFilter;
import org.resetlens.filter.Filter;

/** The window's display-filter compiler: the filter package over the dissectors' field registry. */
final class FilterAdapter implements DisplayFilters {
    private final FieldRegistry registry;
    private final List<String> names;

    FilterAdapter(FieldRegistry registry) {
        this.registry = registry;
        this.names = registry.all().stream().map(FieldDef::abbrev).sorted().toList();
    }

    /** A compiled filter of the filter package. */
    record Compiled(Filter filter) implements CompiledFilter {
        @Override
        public String text() {
            return filter.text();
        }
    }

    @Override
    public FilterCheck check(String text) {
        CompileResult r = DisplayFilter.compile(text, registry);
        if (r.ok()) return new FilterCheck(text, r.warnings(), Optional.of(new Compiled(r.filter())), null);
        return new FilterCheck(text, r.error() == null ? List.of() : List.of(r.error()), Optional.empty(), r.suggestion());
    }

    @Override
    public List<String> fieldNames() {
        return names;
    }
}
