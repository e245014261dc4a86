package dev.camelstudio.studio.protocol;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A frame decoded once: its text as received, its message, and the parsed tree kept so that the frame can also be
 * turned into a {@link Map} without parsing the text again.
 */
public final class DecodedFrame {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final String text;
    private final JsonNode tree;
    private final StudioMessage message;

    DecodedFrame(String text, JsonNode tree, StudioMessage message) {
        this.text = text;
        this.tree = tree;
        this.message = message;
    }

    /** The frame's JSON text exactly as received. */
    public String text() {
        return text;
    }

    public StudioMessage message() {
        return message;
    }

    /**
     * The whole frame as plain Java values, as {@link FrameDecoder#decodeToMap(String)} gives them, built from the
     * tree already parsed (or from the text, if the tree was let go).
     */
    public Map<String, Object> toMap() {
        if (tree == null) {
            try {
                return StudioJson.MAPPER.readValue(text, MAP);
            } catch (java.io.IOException e) {
                throw new FrameDecodingException("frame is not valid JSON", text, e);
            }
        }
        return StudioJson.MAPPER.convertValue(tree, MAP);
    }

    /** The same frame without its parsed tree, for a message that waits in a buffer and will never be a map. */
    public DecodedFrame withoutTree() {
        return tree == null ? this : new DecodedFrame(text, null, message);
    }
}
