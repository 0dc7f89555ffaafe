package org.resetlens.model;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.resetlens.dissect.AppPorts;
import org.resetlens.testutil.FuzzCaptures;

/**
 * Coverage-guided fuzzing of the application dissectors and their reassembly and pairing: fuzzer
 * payloads in TCP segments (or UDP datagrams) on the ports the dissectors are registered for, or on
 * any port for the heuristics, through the full load pass and then dissected frame by frame.
 */
class AppDissectorsFuzzTest {
    private static final int[] UDP_PORTS = {53, 5353, 5355, 1900, 138, 3544};

    @FuzzTest(maxDuration = "2m")
    void tcp(FuzzedDataProvider d) {
        int port = d.consumeBoolean() ? d.pickValue(AppPorts.TCP_PORTS) : d.consumeInt(1, 0xffff);
        int client = d.consumeBoolean() ? 49152 : d.consumeInt(1, 0xffff);
        FuzzLoad.dissectAll(FuzzLoad.load(FuzzCaptures.tcpConversation(d, client, port)));
    }

    @FuzzTest(maxDuration = "2m")
    void udp(FuzzedDataProvider d) {
        int port = d.consumeBoolean() ? d.pickValue(UDP_PORTS) : d.consumeInt(1, 0xffff);
        FuzzLoad.dissectAll(FuzzLoad.load(FuzzCaptures.udpExchange(d, d.consumeInt(1, 0xffff), port)));
    }
}
