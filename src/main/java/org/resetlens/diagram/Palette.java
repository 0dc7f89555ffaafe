package org.resetlens.diagram;

import java.util.EnumMap;
import java.util.Map;

/** Colours (0xRRGGBB) for every {@link StyleRole}; one per theme. The UI may build one from its CSS. */
public final class Palette {
    private final Map<StyleRole, Integer> colours;

    public Palette(Map<StyleRole, Integer> colours) {
        EnumMap<StyleRole, Integer> m = new EnumMap<>(StyleRole.class);
        m.putAll(light().colours);
        m.putAll(colours);
        this.colours = m;
    }

    private Palette(EnumMap<StyleRole, Integer> complete, boolean unused) {
        this.colours = complete;
    }

    public int rgb(StyleRole role) {
        return colours.get(role);
    }

    /** This palette with one role changed. */
    public Palette with(StyleRole role, int rgb) {
        EnumMap<StyleRole, Integer> m = new EnumMap<>(colours);
        m.put(role, rgb);
        return new Palette(m, true);
    }

    /** For reports and the light theme: white paper, dark text. */
    public static Palette light() {
        EnumMap<StyleRole, Integer> m = new EnumMap<>(StyleRole.class);
        m.put(StyleRole.BACKGROUND, 0xffffff);
        m.put(StyleRole.TITLE, 0x1a1a1a);
        m.put(StyleRole.TEXT, 0x1f2328);
        m.put(StyleRole.TEXT_MUTED, 0x6a737d);
        m.put(StyleRole.HEADER_FILL, 0xeef2f7);
        m.put(StyleRole.HEADER_BORDER, 0x8c9aad);
        m.put(StyleRole.LANE, 0x9aa5b1);
        m.put(StyleRole.ARROW_DATA, 0x1f5fbf);
        m.put(StyleRole.ARROW_ACK, 0x8a939e);
        m.put(StyleRole.ARROW_SYN, 0x1e8a3e);
        m.put(StyleRole.ARROW_FIN, 0x7b3fb5);
        m.put(StyleRole.ARROW_RST, 0xd0141b);
        m.put(StyleRole.ARROW_RETRANSMISSION, 0xd97a00);
        m.put(StyleRole.ARROW_OTHER, 0x4a4a4a);
        m.put(StyleRole.BAND_RESET, 0xfde3e3);
        m.put(StyleRole.BAND_TRIGGER, 0xfff0c2);
        m.put(StyleRole.BAND_CHAIN, 0xfdf8e4);
        m.put(StyleRole.BAND_SELECTED, 0xcfe3ff);
        m.put(StyleRole.TAG_RESET, 0xd0141b);
        m.put(StyleRole.TAG_TRIGGER, 0xb35c00);
        m.put(StyleRole.TAG_CHAIN, 0x8a6d00);
        m.put(StyleRole.BREAK, 0x6a737d);
        m.put(StyleRole.NOTE_FILL, 0xfff9c4);
        m.put(StyleRole.NOTE_BORDER, 0xc9a900);
        m.put(StyleRole.EXPLANATION_FILL, 0xfff1f0);
        m.put(StyleRole.EXPLANATION_BORDER, 0xd0141b);
        m.put(StyleRole.TRACE, 0xd97a00);
        return new Palette(m, true);
    }

    /** For the dark theme. */
    public static Palette dark() {
        EnumMap<StyleRole, Integer> m = new EnumMap<>(light().colours);
        m.put(StyleRole.BACKGROUND, 0x1e1f22);
        m.put(StyleRole.TITLE, 0xf0f0f0);
        m.put(StyleRole.TEXT, 0xdfe1e5);
        m.put(StyleRole.TEXT_MUTED, 0x9ba3ad);
        m.put(StyleRole.HEADER_FILL, 0x2b2f36);
        m.put(StyleRole.HEADER_BORDER, 0x5c6673);
        m.put(StyleRole.LANE, 0x5c6673);
        m.put(StyleRole.ARROW_DATA, 0x6ea8ff);
        m.put(StyleRole.ARROW_ACK, 0x8a939e);
        m.put(StyleRole.ARROW_SYN, 0x5cc97a);
        m.put(StyleRole.ARROW_FIN, 0xb58cf0);
        m.put(StyleRole.ARROW_RST, 0xff5a5f);
        m.put(StyleRole.ARROW_RETRANSMISSION, 0xffa940);
        m.put(StyleRole.ARROW_OTHER, 0xbbbbbb);
        m.put(StyleRole.BAND_RESET, 0x4a2325);
        m.put(StyleRole.BAND_TRIGGER, 0x4a3d1a);
        m.put(StyleRole.BAND_CHAIN, 0x33301f);
        m.put(StyleRole.BAND_SELECTED, 0x243b5c);
        m.put(StyleRole.TAG_RESET, 0xff5a5f);
        m.put(StyleRole.TAG_TRIGGER, 0xffb84d);
        m.put(StyleRole.TAG_CHAIN, 0xd9c26a);
        m.put(StyleRole.BREAK, 0x9ba3ad);
        m.put(StyleRole.NOTE_FILL, 0x3d3818);
        m.put(StyleRole.NOTE_BORDER, 0xc9a900);
        m.put(StyleRole.EXPLANATION_FILL, 0x3f2224);
        m.put(StyleRole.EXPLANATION_BORDER, 0xff5a5f);
        m.put(StyleRole.TRACE, 0xffa940);
        return new Palette(m, true);
    }
}
