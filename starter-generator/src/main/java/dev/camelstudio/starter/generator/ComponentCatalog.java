package dev.camelstudio.starter.generator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a component's catalog, the JSON that Camel's build generates from its annotations, says about the component
 * and its options; the options in the catalog's order (its groups: consumer, advanced, security...).
 *
 * @param scheme         the component's URI scheme, e.g. {@code studio}
 * @param componentClass the component's class, e.g. {@code dev.camelstudio.studio.StudioComponent}
 * @param options        the component's options
 */
public record ComponentCatalog(String scheme, String componentClass, List<ComponentOption> options) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a catalog.
     *
     * @param json the catalog's JSON
     * @return the component and its options
     * @throws IOException if it cannot be read, or is not a component's catalog
     */
    public static ComponentCatalog read(InputStream json) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode component = root.path("component");
        JsonNode properties = root.path("componentProperties");
        if (!component.isObject() || !properties.isObject()) {
            throw new IOException("Not a component's catalog: it has no component and componentProperties");
        }
        List<ComponentOption> options = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            options.add(option(property.getKey(), property.getValue()));
        }
        return new ComponentCatalog(required(component, "scheme"), required(component, "javaType"),
                List.copyOf(options));
    }

    private static ComponentOption option(String name, JsonNode spec) throws IOException {
        JsonNode defaultValue = spec.get("defaultValue");
        return new ComponentOption(name, required(spec, "type"), required(spec, "javaType"),
                spec.path("description").asText(""),
                defaultValue == null || defaultValue.isNull() ? null : defaultValue.asText(),
                spec.path("secret").asBoolean(), spec.path("autowired").asBoolean(),
                spec.path("deprecated").asBoolean(), spec.path("deprecationNote").asText(""));
    }

    private static String required(JsonNode node, String field) throws IOException {
        String value = node.path(field).asText("");
        if (value.isEmpty()) {
            throw new IOException("The catalog has no " + field + " in " + node);
        }
        return value;
    }
}
