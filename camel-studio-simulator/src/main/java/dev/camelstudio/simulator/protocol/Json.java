package dev.camelstudio.simulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The simulator's one Jackson mapper: thread-safe once configured, shared by every frame writer and reader. */
public final class Json {

    /** The shared mapper, with Jackson's defaults; not to be reconfigured, as every thread uses it. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** The shared mapper's node factory, for building trees. */
    public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {
    }

    /**
     * A new, empty JSON object.
     *
     * @return a new empty object node
     */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * Writes a tree as compact JSON text; a tree of plain nodes cannot fail to serialise.
     *
     * @param node the tree to write
     * @return the tree as compact JSON text
     * @throws IllegalStateException if Jackson fails to serialise the tree after all
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a JSON tree: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param text the JSON text
     * @return the tree the text holds
     * @throws JsonProcessingException if the text is not well-formed JSON
     */
    public static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
