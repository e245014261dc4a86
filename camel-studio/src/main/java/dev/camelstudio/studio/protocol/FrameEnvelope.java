package dev.camelstudio.studio.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A frame read in one streaming pass (docs/protocol.md §3.2): the whole text is checked to be one well-formed JSON
 * object, and only the envelope and the few data fields that headers and sequencing need are kept. No tree is built;
 * {@link #data(Class)} binds {@code payload.data} into its record only when asked. Asked to, the same pass also reads
 * the whole frame into plain Java values ({@link #map()}, as {@link PlainJson} reads them), so that a map body costs
 * no second read of the text. Gives typed access to the fields and turns every problem into a
 * {@link FrameDecodingException} that quotes the frame.
 *
 * <p>A field's value is kept as read: null when absent or JSON null, a {@link String}, a {@link Long} (an integer
 * that fits int64), a {@link Boolean}, or, for any other value, its {@link JsonToken}, so that a check can say the
 * field has the wrong type.
 */
final class FrameEnvelope {

    private final String frameText;
    /** The whole frame as plain Java values when the pass was asked to build it, else null. */
    private final Map<String, Object> map;
    private Object timestamp;
    private Object sequence;
    /** Null when absent, else whether it was an object. */
    private Boolean payloadIsObject;
    private Object rawType;
    private Object payloadAccountId;
    private Object success;
    private Object details;
    private boolean dataIsObject;
    /** Where {@code payload.data} starts and ends in the text, so that it can be bound later without the rest. */
    private int dataStart;
    private int dataEnd;
    private Object dataAccountId;
    private Object orderId;
    private Object status;
    private Object version;

    private MessageType type;
    private Instant instant;

    private FrameEnvelope(String frameText, boolean buildMap) {
        this.frameText = frameText;
        this.map = buildMap ? new LinkedHashMap<>() : null;
    }

    /**
     * Reads the frame and checks its envelope: an object {@code payload}, a string {@code payload.type} and an
     * integer {@code timestamp}.
     *
     * @param buildMap whether the pass also reads the whole frame into {@link #map()}
     */
    static FrameEnvelope read(String frameText, boolean buildMap) {
        FrameEnvelope envelope = new FrameEnvelope(frameText, buildMap);
        try (JsonParser parser = StudioJson.MAPPER.createParser(frameText)) {
            envelope.readFrame(parser);
        } catch (JsonProcessingException e) {
            throw FrameDecodingException.notJson(frameText, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is never short of bytes
        }
        envelope.checkEnvelope();
        return envelope;
    }

    // Each reader below takes the map of the object it reads (null when no map is built) and puts every member into
    // it: the fields it keeps as well as those it skips otherwise.

    private void readFrame(JsonParser parser) throws IOException {
        JsonToken root = parser.nextToken();
        if (root == null) {
            throw new FrameDecodingException("frame is not a single JSON object: No content to map due to "
                    + "end-of-input", frameText);
        }
        if (root != JsonToken.START_OBJECT) {
            parser.skipChildren();
            requireEnd(parser);
            throw failure("frame is not a JSON object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "timestamp" -> timestamp = value(parser, map, field);
                case "sequence" -> sequence = value(parser, map, field);
                case "payload" -> {
                    payloadIsObject = token == JsonToken.START_OBJECT ? Boolean.TRUE
                            : token == JsonToken.VALUE_NULL ? null : Boolean.FALSE;
                    if (token == JsonToken.START_OBJECT) {
                        readPayload(parser, member(map, field));
                    } else {
                        consume(parser, map, field);
                    }
                }
                default -> consume(parser, map, field);
            }
        }
        requireEnd(parser);
    }

    private void readPayload(JsonParser parser, Map<String, Object> payload) throws IOException {
        // A repeated payload replaces the earlier one, as it would in a tree.
        rawType = payloadAccountId = success = details = null;
        dataIsObject = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "type" -> rawType = value(parser, payload, field);
                case "account_id" -> payloadAccountId = value(parser, payload, field);
                case "success" -> success = value(parser, payload, field);
                case "details" -> details = value(parser, payload, field);
                case "data" -> {
                    dataIsObject = token == JsonToken.START_OBJECT;
                    if (dataIsObject) {
                        dataStart = (int) parser.currentTokenLocation().getCharOffset();
                        readData(parser, member(payload, field));
                        dataEnd = (int) parser.currentLocation().getCharOffset();
                    } else {
                        consume(parser, payload, field);
                    }
                }
                default -> consume(parser, payload, field);
            }
        }
    }

    private void readData(JsonParser parser, Map<String, Object> data) throws IOException {
        dataAccountId = orderId = status = version = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "account_id" -> dataAccountId = value(parser, data, field);
                case "order_id" -> orderId = value(parser, data, field);
                case "status" -> status = value(parser, data, field);
                case "version" -> version = value(parser, data, field);
                default -> consume(parser, data, field);
            }
        }
    }

    /** The value at the parser's current token, kept as the class comment describes, then {@link #consume}d. */
    private static Object value(JsonParser parser, Map<String, Object> object, String field) throws IOException {
        JsonToken token = parser.currentToken();
        Object kept = switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? token
                    : (Object) parser.getLongValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> token;
        };
        consume(parser, object, field);
        return kept;
    }

    /**
     * Moves the parser past the value at its current token: reads it into {@code object} when a map is built, else
     * skips it.
     */
    private static void consume(JsonParser parser, Map<String, Object> object, String field) throws IOException {
        if (object == null) {
            parser.skipChildren();
        } else {
            object.put(field, PlainJson.read(parser));
        }
    }

    /** The map for the object member {@code field} of {@code object}, put into it; null when no map is built. */
    private static Map<String, Object> member(Map<String, Object> object, String field) {
        if (object == null) {
            return null;
        }
        Map<String, Object> member = new LinkedHashMap<>();
        object.put(field, member);
        return member;
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw JsonMappingException.from(parser, "Trailing token (of type " + trailing + ") found after value");
        }
    }

    private void checkEnvelope() {
        if (payloadIsObject != Boolean.TRUE) {
            throw failure("field 'payload' is missing or not an object");
        }
        String tag = text(rawType, "payload.type");
        if (tag == null) {
            throw failure("field 'payload.type' is missing");
        }
        type = MessageType.fromTag(tag);
        Long epochMillis = int64(timestamp, "timestamp");
        if (epochMillis == null) {
            throw failure("field 'timestamp' is missing");
        }
        instant = Instant.ofEpochMilli(epochMillis);
    }

    String frameText() {
        return frameText;
    }

    /** The whole frame as plain Java values, if {@link #read} was asked to build it; else null. */
    Map<String, Object> map() {
        return map;
    }

    String rawType() {
        return (String) rawType;
    }

    MessageType type() {
        return type;
    }

    Instant timestamp() {
        return instant;
    }

    /** The top-level {@code sequence}, which a sequenced type must have: gap detection depends on it. */
    Long requiredSequence() {
        Long value = optionalSequence();
        if (value == null) {
            throw failure("field 'sequence' is missing, but " + rawType + " is sequenced");
        }
        return value;
    }

    /** The top-level {@code sequence}, or null if absent. */
    Long optionalSequence() {
        return int64(sequence, "sequence");
    }

    /** The string {@code payload.account_id}, or null if absent. */
    String payloadAccountId() {
        return text(payloadAccountId, "payload.account_id");
    }

    /** The string {@code payload.details}, or null if absent. */
    String details() {
        return text(details, "payload.details");
    }

    /** The boolean {@code payload.success}, which must be present. */
    boolean success() {
        if (!(success instanceof Boolean value)) {
            throw failure("field 'payload.success' is missing or not a boolean");
        }
        return value;
    }

    /** Checks that there is an object {@code payload.data}, as a data type must have. */
    void requireData() {
        if (!dataIsObject) {
            throw failure("field 'payload.data' is missing or not an object");
        }
    }

    /** {@code payload.data.account_id} if it is a string, else null. */
    String dataAccountId() {
        return dataAccountId instanceof String value ? value : null;
    }

    /** {@code payload.data.order_id} if it is a string, else null. */
    String orderId() {
        return orderId instanceof String value ? value : null;
    }

    /** {@code payload.data.status} if it is a string, else null. */
    String status() {
        return status instanceof String value ? value : null;
    }

    /** {@code payload.data.version} if it is an int64 integer, else null. */
    Long version() {
        return version instanceof Long value ? value : null;
    }

    /** The object {@code payload.data} bound to {@code dataType}. */
    <T> T data(Class<T> dataType) {
        requireData();
        try {
            return StudioJson.MAPPER.readerFor(dataType).readValue(frameText.substring(dataStart, dataEnd));
        } catch (JsonProcessingException e) {
            throw new FrameDecodingException("field '" + pathInData(e) + "' does not fit "
                    + dataType.getSimpleName() + ": " + e.getOriginalMessage(), frameText, e);
        }
    }

    /** Where in {@code payload.data} binding failed, e.g. {@code payload.data.strategy.min_percent}. */
    private static String pathInData(JsonProcessingException e) {
        StringBuilder path = new StringBuilder("payload.data");
        if (e instanceof JsonMappingException mappingException) {
            for (JsonMappingException.Reference reference : mappingException.getPath()) {
                path.append(reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]");
            }
        }
        return path.toString();
    }

    private String text(Object value, String path) {
        if (value != null && !(value instanceof String)) {
            throw failure("field '" + path + "' is not a string");
        }
        return (String) value;
    }

    private Long int64(Object value, String field) {
        if (value != null && !(value instanceof Long)) {
            throw failure("field '" + field + "' is not an int64 integer");
        }
        return (Long) value;
    }

    private FrameDecodingException failure(String reason) {
        return new FrameDecodingException(reason, frameText);
    }
}
