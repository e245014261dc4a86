package dev.camelstudio.studio.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A parsed frame whose envelope (docs/protocol.md §3.2) has been checked: it has an object {@code payload}, a
 * string {@code payload.type} and an integer {@code timestamp}. Gives typed access to the remaining fields
 * and turns every problem into a {@link FrameDecodingException} that quotes the frame.
 */
final class FrameEnvelope {

    private final String frameText;
    private final JsonNode frame;
    private final JsonNode payload;
    private final String rawType;
    private final MessageType type;
    private final Instant timestamp;

    FrameEnvelope(String frameText, JsonNode frame) {
        this.frameText = frameText;
        this.frame = frame;
        this.payload = frame.get("payload");
        if (payload == null || !payload.isObject()) {
            throw failure("field 'payload' is missing or not an object");
        }
        this.rawType = optionalText(payload, "type", "payload.type");
        if (rawType == null) {
            throw failure("field 'payload.type' is missing");
        }
        this.type = MessageType.fromTag(rawType);
        Long epochMillis = optionalLong(frame, "timestamp");
        if (epochMillis == null) {
            throw failure("field 'timestamp' is missing");
        }
        this.timestamp = Instant.ofEpochMilli(epochMillis);
    }

    String frameText() {
        return frameText;
    }

    String rawType() {
        return rawType;
    }

    MessageType type() {
        return type;
    }

    Instant timestamp() {
        return timestamp;
    }

    /** The top-level {@code sequence}, which a sequenced type must have: gap detection depends on it. */
    Long requiredSequence() {
        Long sequence = optionalSequence();
        if (sequence == null) {
            throw failure("field 'sequence' is missing, but " + rawType + " is sequenced");
        }
        return sequence;
    }

    /** The top-level {@code sequence}, or null if absent. */
    Long optionalSequence() {
        return optionalLong(frame, "sequence");
    }

    /** The string {@code payload.<field>}, or null if absent. */
    String payloadText(String field) {
        return optionalText(payload, field, "payload." + field);
    }

    /** The boolean {@code payload.<field>}, which must be present. */
    boolean payloadBoolean(String field) {
        JsonNode value = payload.get(field);
        if (value == null || !value.isBoolean()) {
            throw failure("field 'payload." + field + "' is missing or not a boolean");
        }
        return value.booleanValue();
    }

    /** The object {@code payload.data} bound to {@code dataType}. */
    <T> T data(Class<T> dataType) {
        JsonNode data = payload.get("data");
        if (data == null || !data.isObject()) {
            throw failure("field 'payload.data' is missing or not an object");
        }
        try {
            // Binds the already parsed tree: the frame text is never parsed a second time.
            return StudioJson.MAPPER.treeToValue(data, dataType);
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

    private String optionalText(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (isAbsent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            throw failure("field '" + path + "' is not a string");
        }
        return value.textValue();
    }

    private Long optionalLong(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        if (isAbsent(value)) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw failure("field '" + field + "' is not an int64 integer");
        }
        return value.longValue();
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull();
    }

    private FrameDecodingException failure(String reason) {
        return new FrameDecodingException(reason, frameText);
    }
}
