package org.resetlens.ui.packets;

/** The packet list's columns, Wireshark's defaults. */
public enum Column {
    NO("No."), TIME("Time"), SOURCE("Source"), DESTINATION("Destination"), PROTOCOL("Protocol"),
    LENGTH("Length"), INFO("Info");

    private final String title;

    Column(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** True when the column sorts by number rather than text. */
    public boolean numeric() {
        return this == NO || this == TIME || this == LENGTH;
    }
}
