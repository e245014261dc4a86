package dev.camelstudio.studio.protocol;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Map;

/**
 * Decodes the text frames the server sends on the activity channel. Stateless and thread-safe; one instance
 * can serve any number of connections.
 */
public final class FrameDecoder {

    private static final ObjectReader TREE_READER = StudioJson.MAPPER.readerFor(JsonNode.class);
    private static final ObjectReader MAP_READER =
            StudioJson.MAPPER.readerFor(new TypeReference<Map<String, Object>>() { });

    /**
     * Decodes a frame into the record of its {@code payload.type}; an unknown type gives {@link Unknown}.
     * The text is parsed once.
     *
     * @throws FrameDecodingException if the frame is not a JSON object, lacks {@code payload},
     *                                {@code payload.type} or {@code timestamp}, lacks {@code sequence} although
     *                                its type is sequenced, or its data does not fit the record of its type
     */
    public StudioMessage decode(String frameText) {
        return decodeFrame(frameText).message();
    }

    /**
     * Decodes a frame as {@link #decode(String)} does, keeping what a caller may also need without parsing the text
     * again: the text, and the frame as a map.
     *
     * @throws FrameDecodingException as {@link #decode(String)}
     */
    public DecodedFrame decodeFrame(String frameText) {
        JsonNode frame = read(TREE_READER, frameText);
        if (!frame.isObject()) {
            throw new FrameDecodingException("frame is not a JSON object", frameText);
        }
        return new DecodedFrame(frameText, frame, MessageMapper.toMessage(new FrameEnvelope(frameText, frame)));
    }

    /**
     * Decodes a whole frame into plain Java values: JSON objects become {@code Map<String, Object>}, arrays
     * {@code List<Object>}, fractional numbers {@code BigDecimal} with their scale kept, integers
     * {@code Integer}, {@code Long} or {@code BigInteger}. Decimals sent as JSON strings stay strings.
     * Only the JSON is checked, not the envelope.
     *
     * @throws FrameDecodingException if the frame is not a JSON object
     */
    public Map<String, Object> decodeToMap(String frameText) {
        Map<String, Object> frame = read(MAP_READER, frameText);
        if (frame == null) { // the JSON literal null
            throw new FrameDecodingException("frame is not a JSON object", frameText);
        }
        return frame;
    }

    private static <T> T read(ObjectReader reader, String frameText) {
        requireNonNull(frameText, "frameText");
        try {
            return reader.readValue(frameText);
        } catch (StreamReadException e) {
            throw new FrameDecodingException("frame is not valid JSON: " + e.getOriginalMessage(), frameText, e);
        } catch (JsonProcessingException e) {
            // e.g. an array where an object belongs, or content after the object
            throw new FrameDecodingException("frame is not a single JSON object: " + e.getOriginalMessage(),
                    frameText, e);
        }
    }
}
