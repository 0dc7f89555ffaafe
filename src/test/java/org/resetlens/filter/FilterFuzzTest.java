package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.dissect.LinkTypes;

/**
 * Coverage-guided fuzzing of the display-filter lexer, parser, checker and compiler with arbitrary
 * strings: compiling never throws (an invalid filter is an error with a column), and a compiled
 * filter evaluates over a real dissected frame without throwing.
 */
class FilterFuzzTest {
    private static final Dissectors DISSECTORS = Dissectors.standard();
    /** An Ethernet/IPv4/TCP frame with an HTTP request, so most fields have something to compare. */
    private static final Dissection FRAME = DISSECTORS.dissect(httpFrame(), LinkTypes.ETHERNET, FrameAnalysis.NONE);

    @FuzzTest(maxDuration = "2m")
    void compile(FuzzedDataProvider d) {
        String text = d.consumeRemainingAsString();
        CompileResult r = DisplayFilter.compile(text, DISSECTORS.registry());
        if (!r.ok()) {
            assertNotNull(r.error());
            r.caret(text);
            return;
        }
        r.filter().bind(new DissectionFields(f -> FRAME), ColumnSource.NONE).matches(0);
    }

    private static byte[] httpFrame() {
        String req = "GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n";
        byte[] b = new byte[54 + req.length()];
        b[12] = 0x08;
        b[14] = 0x45;
        int ipLen = 40 + req.length();
        b[16] = (byte) (ipLen >> 8);
        b[17] = (byte) ipLen;
        b[22] = 64;
        b[23] = 6;
        b[26] = 10;
        b[29] = 1;
        b[30] = 10;
        b[33] = 2;
        b[34] = (byte) 0xc0;
        b[35] = 0x01;
        b[37] = 80;
        b[41] = 1;
        b[46] = 0x50;
        b[47] = 0x18;
        b[48] = (byte) 0xff;
        for (int i = 0; i < req.length(); i++) b[54 + i] = (byte) req.charAt(i);
        return b;
    }
}
