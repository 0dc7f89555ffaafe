package org.resetlens.model;

import org.resetlens.dissect.FieldFormatter;

/**
 * One application request and its response, if any (frames 0-based; -1 when unanswered).
 *
 * @param stream            {@code tcp.stream}, or {@code udp.stream} when {@code udp}
 * @param command           SMB2 opcode, SMB command, HTTP method index in {@link #HTTP_METHODS}, FTP
 *                          command as four ASCII bytes, DNS query type
 * @param status            the response's status: NT status (SMB, SMB2), HTTP or FTP reply code, DNS rcode; -1 unanswered
 * @param messageId         SMB2 message id, SMB pid/mid, DNS transaction id; -1 for HTTP and FTP
 * @param responseTimeNanos response time, -1 when unanswered
 * @param interimFrame      SMB2: the frame of an interim STATUS_PENDING response, else -1
 */
public record AppMessage(int index, AppProtocol protocol, boolean udp, int stream, int requestFrame,
                         int responseFrame, long responseTimeNanos, int command, long status, long messageId,
                         int interimFrame) {
    /** HTTP methods by {@link #command} index. */
    public static final java.util.List<String> HTTP_METHODS = java.util.List.of(HttpFacts.METHODS);

    /** MS-SMB2 command names by opcode. */
    public static final java.util.List<String> SMB2_COMMANDS = java.util.List.of("NEGOTIATE", "SESSION_SETUP",
            "LOGOFF", "TREE_CONNECT", "TREE_DISCONNECT", "CREATE", "CLOSE", "FLUSH", "READ", "WRITE", "LOCK", "IOCTL",
            "CANCEL", "ECHO", "QUERY_DIRECTORY", "CHANGE_NOTIFY", "QUERY_INFO", "SET_INFO", "OPLOCK_BREAK");

    public boolean answered() {
        return responseFrame >= 0;
    }

    /** The command's name: "CREATE", "GET", "RETR", "A", "0x72". */
    public String commandName() {
        return switch (protocol) {
            case SMB2 -> command < SMB2_COMMANDS.size() ? SMB2_COMMANDS.get(command) : "UNKNOWN_" + command;
            case SMB -> FieldFormatter.hexNumber(command, 2);
            case HTTP -> command >= 0 && command < HTTP_METHODS.size() ? HTTP_METHODS.get(command) : "?";
            case FTP -> new String(new byte[] {(byte) (command >>> 24), (byte) (command >>> 16), (byte) (command >>> 8),
                (byte) command}, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
            case DNS -> "query type " + command;
        };
    }

    /** A one-line summary for lists and diagrams: "SMB2 CREATE Request", "HTTP GET Request". */
    public String summary() {
        return protocol.label() + " " + commandName() + " Request";
    }
}
