package org.resetlens.dissect;

/**
 * A registered field or protocol, under Wireshark's filter name ({@code abbrev}).
 *
 * @param id       dense index in the {@link FieldRegistry}, usable as an array index
 * @param protocol the abbrev of the protocol the field belongs to ({@code tcp} for {@code tcp.port})
 * @param bitmask  Wireshark's bitmask (0 when none); for BOOLEAN the mask within the parent value
 */
public record FieldDef(int id, String abbrev, String name, FieldType type, Base base, long bitmask,
                       String protocol, String description) {

    public boolean isProtocol() {
        return type == FieldType.PROTOCOL;
    }
}
