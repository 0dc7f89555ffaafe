package org.resetlens.capture;

/**
 * One capture interface: the single implicit one of a pcap file, or a pcapng Interface Description
 * Block. {@code id} is global across pcapng sections (0-based in order of appearance in the file) and
 * is what {@link FrameIndex#interfaceId} holds. Wireshark 4.0 prints {@code frame.interface_id} as the
 * number inside the interface's own section, which is {@code localId}; the two differ only in files
 * with several sections.
 *
 * @param tsUnitsPerSecond timestamp units per second ({@code if_tsresol}; 1e6 by default)
 * @param tsOffsetSeconds  {@code if_tsoffset}, added to every timestamp
 * @param section          0-based pcapng section the interface belongs to (0 for pcap)
 * @param localId          the interface number inside its section
 */
public record CaptureInterface(int id, int linkType, int snapLength, String name, String description,
                               long tsUnitsPerSecond, long tsOffsetSeconds, int section, int localId) {

    /** An interface of the first (or only) section, where the local and global numbers agree. */
    public CaptureInterface(int id, int linkType, int snapLength, String name, String description,
                            long tsUnitsPerSecond, long tsOffsetSeconds) {
        this(id, linkType, snapLength, name, description, tsUnitsPerSecond, tsOffsetSeconds, 0, id);
    }
}
