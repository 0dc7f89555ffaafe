package org.resetlens.rst;

import java.util.List;

/**
 * Supplies the application requests of a stream, ordered by request index. The model's request/response
 * pairing plugs in here; {@link #NONE} knows no application protocol.
 */
@FunctionalInterface
public interface AppMessageSource {
    AppMessageSource NONE = stream -> List.of();

    List<AppMessage> messages(StreamView stream);
}
