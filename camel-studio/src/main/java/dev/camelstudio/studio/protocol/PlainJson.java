package dev.camelstudio.studio.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one JSON value from a parser into plain Java values, the same ones {@link StudioJson#MAPPER} gives for
 * {@code Object}: objects become {@link LinkedHashMap}s (a repeated name keeps its last value), arrays
 * {@link ArrayList}s, integers the smallest of {@code Integer}, {@code Long} and {@code BigInteger}, fractional
 * numbers {@code BigDecimal} with their scale (USE_BIG_DECIMAL_FOR_FLOATS). Written out instead of asking the mapper
 * so that {@link FrameEnvelope} can read a frame's map in the pass that reads its envelope, value by value, without a
 * Jackson deserialization context for each.
 */
final class PlainJson {

    private PlainJson() {
    }

    /** The value at the parser's current token; the parser is left on its last token. */
    static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalStateException("The parser is not at a JSON value but at " + token);
        };
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            members.put(name, read(parser));
        }
        return members;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(read(parser));
        }
        return elements;
    }
}
