package org.resetlens.rst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a scenario truth file ({@code rst-scenario-truth/1}) and maps its labels onto the cause vocabulary. */
record ScenarioTruth(String scenario, String side, List<Reset> resets) {
    record Reset(int frame, int stream, String label, Integer trigger) {
        /** The causes that count as right for this label (the mapping). */
        Set<String> accepted() {
            return switch (label) {
                case "firewall-handshake", "firewall-midstream" -> Set.of("middlebox-injected");
                case "request-timeout-abort" -> Set.of("request-timeout");
                case "graceful-abortive-close" -> Set.of("abortive-close", "after-reset");
                case "rst-ignored-loss" -> Set.of("after-reset");
                case "backlog-overflow" -> Set.of("resource-exhaustion");
                default -> Set.of(label);
            };
        }
    }

    private static final Map<String, String> NONE = Map.of();

    static ScenarioTruth read(Path truthFile) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(truthFile));
            List<Reset> resets = new ArrayList<>();
            for (JsonNode r : root.path("resets")) {
                JsonNode t = r.path("trigger_frame");
                resets.add(new Reset(r.path("frame_number").asInt(), r.path("tcp_stream").asInt(),
                        r.path("label").asText(), t.isNull() || t.isMissingNode() ? null : t.asInt()));
            }
            return new ScenarioTruth(root.path("scenario").asText(), root.path("capture_side").asText(), resets);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
