package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Severity;
import org.resetlens.dissect.FieldRegistry;

/** Expression → error code, column and length; suggestions; hostile input answered with a diagnostic. */
class FilterErrorTest {
    private static final FieldRegistry REG = TestRegistry.get();

    private static Diagnostic error(String filter) {
        CompileResult r = DisplayFilter.compile(filter, REG);
        assertFalse(r.ok(), () -> filter + " should be rejected");
        assertEquals(Severity.ERROR, r.error().severity());
        return r.error();
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}+{3}")
    @CsvSource(delimiterString = " @ ", value = {
        "ip.addrr == 10.0.0.1 @ filter.unknown_field @ 0 @ 8",
        "tcp && tcp.analysis.flag @ filter.unknown_field @ 7 @ 17",
        "1 == 1 @ filter.not_a_field @ 0 @ 1",
        "ip.src == 1.2.3.256 @ filter.bad_literal @ 10 @ 9",
        "ip.addr == 10.0.0.0/33 @ filter.bad_literal @ 11 @ 11",
        "ipv6.addr == 2001::/129 @ filter.bad_literal @ 13 @ 10",
        "eth.src == 00:11:22:33:44 @ filter.bad_literal @ 11 @ 14",
        "tcp.port == 70000 @ filter.bad_literal @ 12 @ 5",
        "tcp.port == 08 @ filter.bad_literal @ 12 @ 2",
        "smb2.sesid == 18446744073709551616 @ filter.bad_literal @ 14 @ 20",
        "tcp.flags.reset eq yes @ filter.bad_literal @ 19 @ 3",
        "frame.time_delta == abc @ filter.bad_literal @ 20 @ 3",
        "frame.time == \"yesterday\" @ filter.bad_literal @ 14 @ 11",
        "(tcp.port == 80 @ filter.unexpected_end @ 15 @ 0",
        "tcp.port == 80) @ filter.syntax @ 14 @ 1",
        "tcp.port = 80 @ filter.syntax @ 9 @ 1",
        "tcp.port in {80 443} @ filter.syntax @ 16 @ 3",
        "tcp.port contains 80 @ filter.type @ 0 @ 8",
        "tcp.analysis.flags == 1 @ filter.type @ 0 @ 18",
        "tcp.flags.syn & 1 @ filter.type @ 0 @ 13",
        "ip.src == eth.src @ filter.type @ 0 @ 17",
        "dns.qry.name matches \"(\" @ filter.bad_regex @ 21 @ 3",
        "dns.qry.name == \"abc @ filter.bad_string @ 16 @ 4",
        "dns.qry.name == \"a\\qb\" @ filter.bad_string @ 18 @ 2",
        "tcp.port[0:1] == 00 @ filter.bad_slice @ 0 @ 8",
        "eth.src[0:3 == 00:50:56 @ filter.bad_slice @ 7 @ 16",
        "eth.src[a:b] == 00 @ filter.bad_slice @ 8 @ 3",
    })
    void errorCodeAndColumn(String filter, String code, int column, int length) {
        Diagnostic d = error(filter);
        assertEquals(code, d.code(), d.message());
        assertEquals(column, d.offset(), d.message());
        assertEquals(length, d.length(), d.message());
    }

    @Test
    void unknownNamesSuggestTheNearestField() {
        CompileResult r = DisplayFilter.compile("ip.addrr == 10.0.0.1", REG);
        assertEquals("ip.addr", r.suggestion());
        assertEquals("\"ip.addrr\" is not a valid protocol or protocol field. Did you mean ip.addr?",
                r.error().message());
        assertEquals("tcp.port", DisplayFilter.compile("tcp.prot == 80", REG).suggestion());
        assertEquals("tls.handshake.extensions_server_name",
                DisplayFilter.compile("tls.handshake.extension_server_name", REG).suggestion());
        CompileResult none = DisplayFilter.compile("foo", REG);
        assertEquals(null, none.suggestion());
        assertEquals("\"foo\" is neither a field nor a protocol name.", none.error().message());
    }

    @Test
    void messagesReadLikeWireshark() {
        assertEquals("\"1.2.3.256\" is not a valid IPv4 address.", error("ip.src == 1.2.3.256").message());
        assertEquals("tcp.port (type=Unsigned integer (2 bytes)) cannot participate in contains comparison.",
                error("tcp.port contains 80").message());
        assertEquals("Unexpected end of filter expression.", error("tcp.port ==").message());
        assertEquals("\"==\" was unexpected in this context.", error("== 80").message());
        assertEquals("\"70000\" too big for this field, maximum 65535.", error("tcp.port == 70000").message());
    }

    @Test
    void caretPointsAtTheColumn() {
        CompileResult r = DisplayFilter.compile("tcp.port == abc", REG);
        assertEquals("tcp.port == abc\n            ^~~", r.caret("tcp.port == abc"));
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        String open = "(".repeat(10_000) + "tcp" + ")".repeat(10_000);
        Diagnostic d = error(open);
        assertEquals(ErrorCodes.TOO_COMPLEX, d.code());
        assertEquals(Parser.MAX_DEPTH, d.offset());
        assertEquals(ErrorCodes.TOO_COMPLEX, error("!".repeat(10_000) + "tcp").code());
        assertEquals(ErrorCodes.TOO_COMPLEX, error("not ".repeat(5_000) + "tcp").code());
        assertTrue(DisplayFilter.compile("(".repeat(200) + "tcp" + ")".repeat(200), REG).ok());
    }

    @Test
    void giantLiteralsAreRefused() {
        assertEquals(ErrorCodes.TOO_COMPLEX, error("dns.qry.name == \"" + "a".repeat(20_000) + "\"").code());
        assertEquals(ErrorCodes.TOO_COMPLEX, error("tcp.port == " + "9".repeat(20_000)).code());
        assertEquals(ErrorCodes.BAD_LITERAL, error("tcp.port == " + "9".repeat(500)).code());
        assertEquals(ErrorCodes.TOO_COMPLEX, error("tcp || ".repeat(30_000) + "tcp").code());
    }

    @Test
    void longFlatFiltersCompile() {
        assertTrue(DisplayFilter.compile("tcp.port == 1" + " || tcp.port == 2".repeat(2_000), REG).ok());
        CompileResult flat = DisplayFilter.compile("tcp" + "||tcp".repeat(19_000) + "&&udp".repeat(500), REG);
        assertTrue(flat.ok());
        FakeFrames none = new FakeFrames(REG);
        none.frame(new byte[0]);
        assertFalse(flat.filter().matches(0, none));
        StringBuilder set = new StringBuilder("tcp.port in {1");
        for (int i = 2; i < 3_000; i++) set.append(", ").append(i);
        assertTrue(DisplayFilter.compile(set.append('}').toString(), REG).ok());
    }
}
