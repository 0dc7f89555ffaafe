package org.resetlens.model;

/** The application protocols whose requests and responses the model pairs. */
public enum AppProtocol {
    SMB("SMB"), SMB2("SMB2"), HTTP("HTTP"), FTP("FTP"), DNS("DNS");

    private final String label;

    AppProtocol(String label) {
        this.label = label;
    }

    /** The name Wireshark's Protocol column uses. */
    public String label() {
        return label;
    }
}
