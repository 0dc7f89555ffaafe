package org.resetlens.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;

/** The adapters from model and rst, against tshark's view of the scenario and its truth file. */
class LadderInputsTest {
    static Analysis analysis;

    @BeforeAll
    static void load() {
        analysis = CaptureLoader.load(LadderFixtures.smbPcap());
    }

    @Test
    void aStreamMatchesTsharksNumbersAndDirections() {
        LadderInput fromModel = LadderInputs.stream(analysis, 0, null);
        LadderInput fromTshark = LadderFixtures.smbStream0();
        assertEquals(List.of(new Endpoint("10.64.1.2:46736", "client"), new Endpoint("10.64.2.2:445", "server")),
                fromModel.endpoints());
        assertEquals(fromTshark.events().size(), fromModel.events().size());
        for (int i = 0; i < fromModel.events().size(); i++) {
            LadderEvent m = fromModel.events().get(i), t = fromTshark.events().get(i);
            assertEquals(t.frame(), m.frame());
            assertEquals(t.timeNanos(), m.timeNanos());
            assertEquals(t.from(), m.from(), "direction of " + t.frame());
            assertEquals(t.label(), m.label());
            assertEquals(t.kind(), m.kind());
        }
    }

    @Test
    void theEngineSuppliesTheTraceAndTheMessageNames() {
        StreamResets r = StreamResets.of(analysis, 0);
        assertEquals(1, r.resets().size());
        ResetTrace t = StreamResets.trace(r.pick(0));
        // truth file: reset frame 25, label request-timeout, trigger_frame 23
        assertEquals(25, t.resetFrame());
        assertEquals(23, t.triggerFrame());
        assertEquals("request-timeout", t.cause());
        LadderInput in = r.decorate(LadderInputs.stream(analysis, 0, null), r.pick(0));
        assertEquals("SMB2 CREATE Request", in.events().get(in.indexOfFrame(23)).appSummary());
        assertNotNull(in.reset());
    }

    @Test
    void allPacketsGetALanePerHostOrHostPort() {
        int[] all = IntStream.range(0, analysis.capture().frames().size()).toArray();
        // tshark: only 10.64.1.2 and 10.64.2.2 talk; 4 TCP streams, one client port each, server port 445
        LadderInput hosts = LadderInputs.frames(analysis, all, LadderInputs.Lanes.HOST, null, "all");
        assertEquals(List.of("10.64.1.2", "10.64.2.2"), hosts.endpoints().stream().map(Endpoint::label).toList());
        assertEquals(110, hosts.events().size());
        LadderInput ports = LadderInputs.frames(analysis, all, LadderInputs.Lanes.HOST_PORT, null, "all");
        assertEquals(5, ports.endpoints().size());
        assertEquals("10.64.2.2:445", ports.endpoints().get(1).label());
    }
}
