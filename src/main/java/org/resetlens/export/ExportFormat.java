package org.resetlens.export;

import java.util.Locale;

/** The ladder export formats, with their usual file extension. */
public enum ExportFormat {
    SVG("svg"), PNG("png"), PDF("pdf"), MERMAID("mmd"), TXT("txt");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** {@code svg|png|pdf|mermaid|txt} (also {@code mmd}, {@code text}), or null. */
    public static ExportFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "svg" -> SVG;
            case "png" -> PNG;
            case "pdf" -> PDF;
            case "mermaid", "mmd" -> MERMAID;
            case "txt", "text" -> TXT;
            default -> null;
        };
    }
}
