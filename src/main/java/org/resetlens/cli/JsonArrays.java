package org.resetlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Writes a pretty-printed JSON array one element at a time (the same text Jackson's default pretty printer
 * gives the whole array), so a command's output is never held in memory whole.
 */
final class JsonArrays {
    private JsonArrays() { }

    static <T> void write(ObjectMapper mapper, OutputStream out, Iterable<T> items, Function<T, Object> element) {
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(new DefaultPrettyPrinter());
            gen.writeStartArray();
            for (T item : items) mapper.writeValue(gen, element.apply(item));
            gen.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
