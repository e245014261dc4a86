package dev.camelstudio.simulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The simulator's one Jackson mapper: thread-safe once configured, shared by every frame writer and reader. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Writes a tree as compact JSON text; a tree of plain nodes cannot fail to serialise. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a JSON tree: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses JSON text into a tree. */
    public static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
