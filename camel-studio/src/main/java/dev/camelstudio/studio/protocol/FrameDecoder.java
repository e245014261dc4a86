package dev.camelstudio.studio.protocol;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;

import static java.util.Objects.requireNonNull;

/**
 * Decodes the text frames the server sends on the activity channel. Immutable and thread-safe; one instance can
 * serve any number of connections.
 */
public final class FrameDecoder {

    private static final ObjectReader MAP_READER =
            StudioJson.MAPPER.readerFor(new TypeReference<Map<String, Object>>() {
            });

    /** Whether {@link #decodeFrame} builds each frame's map form in its decoding pass. */
    private final boolean buildsMaps;

    /**
     * A decoder whose frames give their map form only when it is asked for, by reading their text again: for
     * consumers of the text or the record, which then pay nothing for a map.
     */
    public FrameDecoder() {
        this(false);
    }

    private FrameDecoder(boolean buildsMaps) {
        this.buildsMaps = buildsMaps;
    }

    /**
     * A decoder that builds each frame's map form in the pass that reads its header fields, so that
     * {@link DecodedFrame#toMap()} costs no second read of the text: for consumers whose body is the map.
     *
     * @return a decoder that builds maps
     */
    public static FrameDecoder buildingMaps() {
        return new FrameDecoder(true);
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
        requireNonNull(frameText, "frameText");
        return new DecodedFrame(FrameEnvelope.read(frameText, false)).message();
    }

    /**
     * Decodes a frame in one streaming pass, building neither a tree nor, for data, the record: the frame gives its
     * header fields at once, its record when asked, and its map form as this decoder was made to (see
     * {@link DecodedFrame}).
     *
     * @param frameText the frame's JSON text as received
     * @return the decoded frame
     * @throws FrameDecodingException as {@link #decode(String)}, except that data that does not fit its record
     *                                outside the header fields is reported only by {@link DecodedFrame#message()}
     */
    public DecodedFrame decodeFrame(String frameText) {
        requireNonNull(frameText, "frameText");
        return new DecodedFrame(FrameEnvelope.read(frameText, buildsMaps));
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
        requireNonNull(frameText, "frameText");
        Map<String, Object> frame;
        try {
            frame = MAP_READER.readValue(frameText);
        } catch (JsonProcessingException e) {
            throw FrameDecodingException.notJson(frameText, e);
        }
        if (frame == null) { // the JSON literal null
            throw new FrameDecodingException("frame is not a JSON object", frameText);
        }
        return frame;
    }
}
