package org.resetlens.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.resetlens.dissect.Base;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldType;

/** A registry of the SPEC's fields and protocols as tshark 4.0.17 registers them (src/test/resources/fields.tsv). */
final class TestRegistry {
    private static FieldRegistry registry;

    private TestRegistry() { }

    static synchronized FieldRegistry get() {
        if (registry == null) registry = load();
        return registry;
    }

    private static FieldRegistry load() {
        FieldRegistry r = new FieldRegistry();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TestRegistry.class.getResourceAsStream("/fields.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("field\t") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                FieldType type = FieldType.fromWireshark(f[2]);
                if (type == FieldType.PROTOCOL) {
                    r.protocol(f[0], f[1]);
                } else {
                    r.register(f[0], f[1], type, base(f[4]), Long.decode(f[5]), f.length > 6 ? f[6] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r.freeze();
    }

    private static Base base(String s) {
        return switch (s) {
            case "BASE_DEC" -> Base.DEC;
            case "BASE_HEX" -> Base.HEX;
            case "BASE_HEX_DEC" -> Base.HEX_DEC;
            case "BASE_OCT" -> Base.OCT;
            case "BASE_PT_TCP" -> Base.PT_TCP;
            case "BASE_PT_UDP" -> Base.PT_UDP;
            case "BASE_CUSTOM" -> Base.CUSTOM;
            default -> Base.NONE;
        };
    }
}
