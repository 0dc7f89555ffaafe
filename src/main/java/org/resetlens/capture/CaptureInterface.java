package org.resetlens.capture;

/**
 * One capture interface: the single implicit one of a pcap file, or a pcapng Interface Description
 * Block. {@code id} is global across pcapng sections, numbered as Wireshark numbers
 * {@code frame.interface_id} (0-based in order of appearance in the file).
 *
 * @param tsUnitsPerSecond timestamp units per second ({@code if_tsresol}; 1e6 by default)
 * @param tsOffsetSeconds  {@code if_tsoffset}, added to every timestamp
 */
public record CaptureInterface(int id, int linkType, int snapLength, String name, String description,
                               long tsUnitsPerSecond, long tsOffsetSeconds) { }
