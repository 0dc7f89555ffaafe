package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Severity;
import org.resetlens.dissect.FieldRegistry;

/**
 * The warnings of valid filters: Wireshark 4.0's "deprecated tokens", which turn its filter bar
 * yellow while the filter still runs. Expected texts are Wireshark's own: libwireshark 4.0.17 holds
 * the scanner's {@code The operator "~=" is deprecated, use "!==" instead.} (its bar shows the text
 * up to the first dot), and its filter bar (ui/qt/widgets/syntax_line_edit.cpp, 4.0) says
 * {@code "ssl" is deprecated in favour of "tls". See Help section 6.4.8 for details.} for a name
 * reached through a protocol alias; tshark 4.0.17 accepts {@code ssl}, {@code ssl.handshake.type}.
 */
class FilterWarningTest {
    private static final FieldRegistry REG = TestRegistry.get();
    private static final String SSL = "\"ssl\" is deprecated in favour of \"tls\". See Help section 6.4.8 for details.";
    private static final String ANY_NE = "The operator \"~=\" is deprecated, use \"!==\" instead";

    private static CompileResult compile(String text) {
        CompileResult r = DisplayFilter.compile(text, REG);
        assertTrue(r.ok(), () -> text + ": " + r.error());
        return r;
    }

    @Test
    void anyNotEqualOperatorWarnsAtItsColumns() {
        CompileResult r = compile("tcp.port ~= 80");
        assertEquals(List.of(new Diagnostic(Severity.WARNING, ErrorCodes.DEPRECATED, ANY_NE, 9, 2)), r.warnings());
        assertEquals(r.warnings(), r.diagnostics());
    }

    @Test
    void oldProtocolNameResolvesToTheNewOneWithAWarning() {
        CompileResult r = compile("ssl.handshake.type == 1");
        assertEquals(List.of(new Diagnostic(Severity.WARNING, ErrorCodes.DEPRECATED, SSL, 0, 18)), r.warnings());
        assertEquals(List.of(REG.get("tls.handshake.type")), List.copyOf(r.filter().fields()));
        assertEquals(SSL, compile("ssl").warnings().get(0).message());
    }

    @Test
    void operatorWarningsComeFirstAndEachTokenOnce() {
        CompileResult r = compile("ssl || ssl || tcp.port ~= 80 || udp.port ~= 53");
        assertEquals(List.of(ANY_NE, SSL), r.warnings().stream().map(Diagnostic::message).toList());
        assertEquals(0, r.warnings().get(1).offset(), "the first occurrence's columns");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp.port != 80", "tcp.port !== 80", "tls.handshake.type == 1", "tcp.port any_ne 80",
        "tcp && ip.addr == 10.0.0.0/8 || udp"})
    void currentSpellingsHaveNoWarning(String text) {
        assertEquals(List.of(), compile(text).warnings());
    }

    @Test
    void anInvalidFilterCarriesItsErrorOnly() {
        CompileResult r = DisplayFilter.compile("ssl ~= ", REG);
        assertFalse(r.ok());
        assertEquals(List.of(), r.warnings());
        assertEquals(List.of(r.error()), r.diagnostics());
    }

    @Test
    void aliasMatchesTheSameFramesAsTheCurrentName() {
        FakeFrames frames = new FakeFrames(REG);
        frames.frame(new byte[60]);
        frames.add("frame", null, 0, 60).add("tcp", null, 34, 20);
        frames.frame(new byte[80]);
        frames.add("frame", null, 0, 80).add("tcp", null, 34, 20).add("tls", null, 54, 26)
                .add("tls.handshake.type", 1L);
        int[] expected = {1};
        assertArrayEquals(expected, compile("ssl").filter().select(2, frames, ColumnSource.NONE, CancelToken.none()));
        assertArrayEquals(expected, compile("ssl.handshake.type == 1").filter()
                .select(2, frames, ColumnSource.NONE, CancelToken.none()));
    }
}
