package dev.camelstudio.studio.protocol;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads an {@link Instant} from a JSON integer of milliseconds since the epoch (docs/protocol.md §4.11). */
final class EpochMillisDeserializer extends StdScalarDeserializer<Instant> {

    EpochMillisDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        return Instant.ofEpochMilli(parser.getLongValue());
    }
}
