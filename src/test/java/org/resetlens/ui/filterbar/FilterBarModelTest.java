package org.resetlens.ui.filterbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Severity;
import org.resetlens.core.Span;
import org.resetlens.ui.backend.CompiledFilter;
import org.resetlens.ui.backend.DisplayFilters;
import org.resetlens.ui.backend.FilterCheck;

/** The filter bar's colour, message and completions follow the compiler's diagnostics. */
class FilterBarModelTest {
    private static final CompiledFilter ANY = () -> "x";

    /** A compiler stub answering fixed diagnostics per text. */
    private static final DisplayFilters STUB = new DisplayFilters() {
        @Override
        public FilterCheck check(String text) {
            return switch (text) {
                case "tcp.port == 445" -> FilterCheck.ok(text, ANY);
                case "tcpp.port == 445" -> new FilterCheck(text, List.of(new Diagnostic(Severity.ERROR,
                        "filter.unknown-field", "\"tcpp.port\" is neither a field nor a protocol name", 0, 9)),
                        Optional.empty(), "tcp.port");
                case "tcp.port != 445" -> new FilterCheck(text, List.of(new Diagnostic(Severity.WARNING,
                        "filter.deprecated", "\"!=\" is deprecated", 9, 2)), Optional.of(ANY), null);
                default -> new FilterCheck(text, List.of(Diagnostic.error("filter.syntax", text.length(),
                        "Unexpected end of filter")), Optional.empty(), null);
            };
        }

        @Override
        public List<String> fieldNames() {
            return List.of("tcp", "tcp.port", "tcp.flags.reset", "tcp.flags", "tcp.stream", "udp.port");
        }
    };

    @Test
    void emptyIsNeutralAndAppliesEverything() {
        FilterBarModel m = new FilterBarModel(STUB);
        assertEquals(FilterState.EMPTY, m.state());
        assertEquals(Optional.empty(), m.toApply());
    }

    @Test
    void validTextIsGreenWithoutMessage() {
        FilterBarModel m = new FilterBarModel(STUB);
        m.textProperty().set("tcp.port == 445");
        assertEquals(FilterState.VALID, m.state());
        assertEquals("", m.message());
        assertTrue(m.toApply().isPresent());
    }

    @Test
    void unknownFieldIsRedWithColumnsAndSuggestion() {
        FilterBarModel m = new FilterBarModel(STUB);
        m.textProperty().set("tcpp.port == 445");
        assertEquals(FilterState.INVALID, m.state());
        assertEquals("\"tcpp.port\" is neither a field nor a protocol name (columns 1–9) — did you mean \"tcp.port\"?",
                m.message());
        assertEquals(new Span(0, 9), m.errorSpanProperty().get());
        assertNull(m.toApply(), "an invalid filter is never applied");
    }

    /**
     * With the real compiler: Wireshark 4.0 turns its bar yellow for a deprecated token and shows
     * the token's text (for {@code ~=}: {@code The operator "~=" is deprecated, use "!==" instead});
     * for an old protocol name, {@code "ssl" is deprecated in favour of "tls". See Help section 6.4.8
     * for details.} The filter still applies.
     */
    @Test
    void deprecatedTokensFromTheCompilerAreYellowWithWiresharksText() {
        FilterBarModel m = new FilterBarModel(new org.resetlens.ui.backend.EngineBackend().filters());
        m.textProperty().set("tcp.port ~= 445");
        assertEquals(FilterState.WARNING, m.state());
        assertEquals("The operator \"~=\" is deprecated, use \"!==\" instead (columns 10–11)", m.message());
        assertEquals(new Span(9, 11), m.errorSpanProperty().get());
        assertTrue(m.toApply().isPresent(), "a filter with a warning still applies");
        m.textProperty().set("ssl");
        assertEquals(FilterState.WARNING, m.state());
        assertEquals("\"ssl\" is deprecated in favour of \"tls\". See Help section 6.4.8 for details. (columns 1–3)",
                m.message());
        m.textProperty().set("tls");
        assertEquals(FilterState.VALID, m.state());
        assertEquals("", m.message());
    }

    @Test
    void warningIsYellowButApplies() {
        FilterBarModel m = new FilterBarModel(STUB);
        m.textProperty().set("tcp.port != 445");
        assertEquals(FilterState.WARNING, m.state());
        assertEquals("\"!=\" is deprecated (columns 10–11)", m.message());
        assertNotNull(m.toApply());
        assertTrue(m.toApply().isPresent());
    }

    @Test
    void syntaxErrorAtEndNamesTheColumn() {
        FilterBarModel m = new FilterBarModel(STUB);
        m.textProperty().set("tcp.port ==");
        assertEquals(FilterState.INVALID, m.state());
        assertEquals("Unexpected end of filter (column 12)", m.message());
        m.textProperty().set("");
        assertEquals(FilterState.EMPTY, m.state());
        assertEquals("", m.message());
    }

    @Test
    void completesTheLastWordShortestFirst() {
        FilterBarModel m = new FilterBarModel(STUB);
        assertEquals(List.of("tcp.port", "tcp.flags", "tcp.stream"), m.completions("tcp.", 3));
        assertEquals(List.of("ip.addr == 1 && tcp.flags", "ip.addr == 1 && tcp.flags.reset"),
                m.completions("ip.addr == 1 && tcp.f", 5));
        assertEquals(List.of(), m.completions("tcp.port == ", 5));
    }

    @Test
    void historyIsMostRecentFirstWithoutDuplicates() {
        FilterBarModel m = new FilterBarModel(STUB);
        m.markApplied("a");
        m.markApplied("b");
        m.markApplied("a");
        m.markApplied("");
        assertEquals(List.of("a", "b"), m.history());
        assertEquals("", m.appliedProperty().get());
        assertEquals(List.of("Resets", "SMB", "Bad TCP"), m.saved().stream().map(FilterBarModel.SavedFilter::label).toList());
        assertEquals("tcp.flags.reset==1", m.saved().get(0).filter());
    }
}
