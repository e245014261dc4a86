package dev.camelstudio.studio.protocol;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;

import static java.util.Objects.requireNonNull;

/**
 * Decodes the text frames the server sends on the activity channel. Stateless and thread-safe; one instance
 * can serve any number of connections.
 */
public final class FrameDecoder {

    private static final ObjectReader MAP_READER =
            StudioJson.MAPPER.readerFor(new TypeReference<Map<String, Object>>() {
            });

    /** A decoder; it holds no state of its own, so one serves every frame. */
    public FrameDecoder() {
    }

    /**
     * Decodes a frame into the record of its {@code payload.type}; an unknown type gives {@link Unknown}.
     *
     * @param frameText the frame's JSON text as received
     * @return the record of the frame's type
     * @throws FrameDecodingException if the frame is not a JSON object, lacks {@code payload},
     *                                {@code payload.type} or {@code timestamp}, lacks {@code sequence} although
     *                                its type is sequenced, or its data does not fit the record of its type
     */
    public StudioMessage decode(String frameText) {
        return decodeFrame(frameText).message();
    }

    /**
     * Decodes a frame in one streaming pass, building neither a tree nor, for data, the record: the frame gives its
     * header fields at once, its record and map form when asked (see {@link DecodedFrame}).
     *
     * @param frameText the frame's JSON text as received
     * @return the decoded frame
     * @throws FrameDecodingException as {@link #decode(String)}, except that data that does not fit its record
     *                                outside the header fields is reported only by {@link DecodedFrame#message()}
     */
    public DecodedFrame decodeFrame(String frameText) {
        requireNonNull(frameText, "frameText");
        return new DecodedFrame(FrameEnvelope.read(frameText));
    }

    /**
     * Decodes a whole frame into plain Java values: JSON objects become {@code Map<String, Object>}, arrays
     * {@code List<Object>}, fractional numbers {@code BigDecimal} with their scale kept, integers
     * {@code Integer}, {@code Long} or {@code BigInteger}. Decimals sent as JSON strings stay strings.
     * Only the JSON is checked, not the envelope.
     *
     * @param frameText the frame's JSON text as received
     * @return the frame's members by name
     * @throws FrameDecodingException if the frame is not a JSON object
     */
    public Map<String, Object> decodeToMap(String frameText) {
        return readMap(frameText);
    }

    static Map<String, Object> readMap(String frameText) {
        requireNonNull(frameText, "frameText");
        Map<String, Object> frame;
        try {
            frame = MAP_READER.readValue(frameText);
        } catch (JsonProcessingException e) {
            throw notJson(frameText, e);
        }
        if (frame == null) { // the JSON literal null
            throw new FrameDecodingException("frame is not a JSON object", frameText);
        }
        return frame;
    }

    /** The failure for text that Jackson could not read as one JSON value. */
    static FrameDecodingException notJson(String frameText, JsonProcessingException e) {
        if (e instanceof StreamReadException) {
            return new FrameDecodingException("frame is not valid JSON: " + e.getOriginalMessage(), frameText, e);
        }
        // e.g. an array where an object belongs, or content after the object
        return new FrameDecodingException("frame is not a single JSON object: " + e.getOriginalMessage(), frameText, e);
    }
}
