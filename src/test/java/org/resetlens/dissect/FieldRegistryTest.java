package org.resetlens.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/** The registry carries Wireshark's names, types, bases and bitmasks (shared TSV and live {@code tshark -G fields}). */
class FieldRegistryTest {
    private final FieldRegistry registry = Dissectors.standard().registry();

    @Test
    void everySpecFieldIsRegisteredAsTshark4Registers() throws IOException {
        List<String> lines = Files.readAllLines(Shared.require().resolve("wireshark-fields.tsv"));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("field\t")) continue;
            String[] c = line.split("\t", -1);
            FieldDef f = registry.find(c[0]).orElse(null);
            assertTrue(f != null, "not registered: " + c[0]);
            assertEquals(FieldType.fromWireshark(c[2]), f.type(), c[0] + " type");
            assertEquals(Long.decode(c[5]).longValue(), f.bitmask(), c[0] + " bitmask");
            if (f.type().isInteger()) assertEquals(base(c[4]), f.base(), c[0] + " base");
            checked++;
        }
        assertTrue(checked > 120, "only " + checked + " fields in the TSV");
    }

    @Test
    void everyRegisteredFieldExistsInTsharkWithTheSameTypeAndMask() {
        Tshark.require();
        Map<String, String[]> ws = new HashMap<>();
        for (String line : Tshark.run(List.of("tshark", "-G", "fields"))) {
            String[] c = line.split("\t", -1);
            if (c.length >= 3 && c[0].equals("P")) ws.put(c[2], new String[] {"FT_PROTOCOL", "", "0x0"});
            if (c.length >= 7 && c[0].equals("F")) ws.putIfAbsent(c[2], new String[] {c[3], c[5], c[6]});
        }
        List<String> problems = new ArrayList<>();
        for (FieldDef f : registry.all()) {
            String[] w = ws.get(f.abbrev());
            if (w == null) {
                problems.add(f.abbrev() + " is not a Wireshark field");
                continue;
            }
            FieldType t;
            try {
                t = FieldType.fromWireshark(w[0]);
            } catch (IllegalArgumentException e) {
                t = null;
            }
            if (t != f.type()) problems.add(f.abbrev() + " type " + f.type() + " vs " + w[0]);
            if (Long.decode(w[2]) != f.bitmask()) problems.add(f.abbrev() + " mask " + f.bitmask() + " vs " + w[2]);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void namesAreUniqueAndIdsDense() {
        for (int i = 0; i < registry.size(); i++) assertEquals(i, registry.byId(i).id());
        assertEquals(registry.size(), registry.all().stream().map(FieldDef::abbrev).distinct().count());
    }

    private static Base base(String ws) {
        return switch (ws) {
            case "BASE_DEC", "BASE_DEC_HEX" -> Base.DEC;
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
