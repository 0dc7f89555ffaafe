package org.resetlens.ui.backend;

/** The text columns of one packet-list row that come from dissection. */
public record PacketRow(String source, String destination, String protocol, String info) {
    public static final PacketRow EMPTY = new PacketRow("", "", "", "");
}
