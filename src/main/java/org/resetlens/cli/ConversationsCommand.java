package org.resetlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resetlens.model.Analysis;
import org.resetlens.model.ConversationTable;
import org.resetlens.model.TcpConversation;

/**
 * {@code conversations FILE [--json]}: the TCP streams, as {@code tshark -q -z conv,tcp} prints them,
 * or as a JSON array with the client/server view, close type, resets and Zeek state of each.
 */
final class ConversationsCommand implements Subcommand {
    Path file;

    boolean json;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE").flag("Print a JSON array, one object per TCP stream.", "--json");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        file = args.path(0);
        json = args.flag("--json");
    }

    @Override
    public Integer call() {
        Analysis analysis = ModelLoad.load(file, System.err);
        if (analysis == null) return Cli.EXIT_BAD_FILE;
        PrintStream out = System.out;
        if (json) {
            writeJson(analysis, out);
            out.println();
        } else {
            out.print(ConversationTable.format(analysis));
        }
        out.flush();
        analysis.capture().close();
        return 0;
    }

    /**
     * The JSON array, one object per stream, written one stream at a time (a capture can have hundreds of
     * thousands of streams: the whole text is never held in memory).
     */
    static void writeJson(Analysis analysis, java.io.OutputStream out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        JsonArrays.write(mapper, out, analysis.conversations(), ConversationsCommand::row);
    }

    /** One JSON object per stream; a is the client. */
    private static Map<String, Object> row(TcpConversation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stream", c.stream());
        m.put("a", c.clientEndpoint());
        m.put("b", c.serverEndpoint());
        m.put("packets", c.packets());
        m.put("bytes", c.bytes());
        m.put("packets_a_to_b", c.packetsClientToServer());
        m.put("bytes_a_to_b", c.bytesClientToServer());
        m.put("packets_b_to_a", c.packetsServerToClient());
        m.put("bytes_b_to_a", c.bytesServerToClient());
        m.put("start", seconds(c.startNanos()));
        m.put("duration", seconds(c.durationNanos()));
        m.put("close", c.close().label());
        m.put("closed_by", c.closedBy().name().toLowerCase(java.util.Locale.ROOT));
        m.put("resets", c.resets());
        m.put("zeek_state", c.zeekState());
        m.put("handshake_rtt", c.handshakeRttNanos() < 0 ? null : seconds(c.handshakeRttNanos()));
        m.put("first_frame", c.firstFrame() + 1);
        m.put("last_frame", c.lastFrame() + 1);
        m.put("app", c.app());
        m.put("unanswered", c.unanswered());
        return m;
    }

    private static BigDecimal seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9);
    }
}
