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
     * tree already parsed.
     */
    public Map<String, Object> toMap() {
        return StudioJson.MAPPER.convertValue(tree, MAP);
    }
}
