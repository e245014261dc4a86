package dev.camelstudio.studio.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the generator that writes {@link StudioComponentConfiguration} from the component's catalog
 * ({@code studio.json}, module starter-generator), end to end: every option in the catalog must be a property in the
 * starter's {@code spring-configuration-metadata.json} (which Spring Boot's processor writes from the generated class)
 * under its kebab-case name, of the matching type, with the catalog's description, secrets described as such, and no
 * property may be there that is no option. It also keeps the one hand-kept part in step: the defaults the IDE shows,
 * from {@code META-INF/additional-spring-configuration-metadata.json}. A failure names the option: a mapping the
 * generator gets wrong (a new kind of option type?), or a default changed in the component and not in that file.
 */
class StudioStarterMetadataDriftTest {

    private static final String PREFIX = "camel.component.studio.";
    private static final String CATALOG = "META-INF/dev/camelstudio/studio/studio.json";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    /** The marker the generator starts a secret's description with (Spring's metadata has no secret flag). */
    static final String SECRET_MARKER = "Secret:";

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode options;
    private static Map<String, JsonNode> properties;

    @BeforeAll
    static void readBoth() throws IOException {
        try (InputStream in = resource(CATALOG)) {
            options = JSON.readTree(in).get("componentProperties");
        }
        properties = new HashMap<>();
        // Spring Boot's own jars carry a file of the same name: take the properties under our prefix from all.
        for (URL url : Collections.list(StudioStarterMetadataDriftTest.class.getClassLoader().getResources(METADATA))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : JSON.readTree(in).get("properties")) {
                    String name = property.get("name").asText();
                    if (name.startsWith(PREFIX)) {
                        properties.put(name, property);
                    }
                }
            }
        }
    }

    @Test
    void catalogAndMetadataAreFound() {
        assertThat(options.size()).as("component options in " + CATALOG).isGreaterThan(20);
        assertThat(properties).as("starter properties in " + METADATA).isNotEmpty();
    }

    @Test
    void everyOptionIsGeneratedAsAPropertyOfTheSameTypeDescriptionAndDefault() {
        List<String> drift = new ArrayList<>();
        options.properties().forEach(entry -> drift.addAll(compare(entry.getKey(), entry.getValue())));
        assertThat(drift).as("options of the component that the starter's generated metadata does not match").isEmpty();
    }

    @Test
    void theGeneratorWritesNoPropertyThatIsNoOption() {
        List<String> extra = new ArrayList<>();
        for (String name : properties.keySet()) {
            String option = camelCase(name.substring(PREFIX.length()));
            boolean startersOwn = option.equals("enabled") || option.equals("customizer.enabled");
            if (!startersOwn && !options.has(option)) {
                extra.add(name);
            }
        }
        assertThat(extra).as("starter properties with no component option (renamed or removed?)").isEmpty();
    }

    @Test
    void kebabCaseIsSpringsForm() {
        assertThat(kebab("sslContextParameters")).isEqualTo("ssl-context-parameters");
        assertThat(camelCase("ssl-context-parameters")).isEqualTo("sslContextParameters");
    }

    private static List<String> compare(String option, JsonNode spec) {
        String name = PREFIX + kebab(option);
        JsonNode property = properties.get(name);
        if (property == null) {
            return List.of(option + ": no property " + name);
        }
        List<String> drift = new ArrayList<>();
        String expectedType = springType(spec);
        String actualType = property.path("type").asText();
        if (!normalizeType(expectedType).equals(normalizeType(actualType))) {
            drift.add(option + ": type " + actualType + ", expected " + expectedType);
        }
        boolean duration = "java.time.Duration".equals(expectedType);
        String expectedDefault = defaultOf(spec.get("defaultValue"), duration);
        String actualDefault = defaultOf(property.get("defaultValue"), duration);
        if (!expectedDefault.equals(actualDefault)) {
            drift.add(option + ": default '" + actualDefault + "', expected '" + expectedDefault + "'");
        }
        String description = property.path("description").asText();
        boolean markedSecret = description.startsWith(SECRET_MARKER);
        if (spec.path("secret").asBoolean() != markedSecret) {
            drift.add(option + (markedSecret ? ": described as a secret but is not one"
                    : ": a secret not so described"));
        }
        // The generator adds to the component's description (the default, how to write it), never rewrites it.
        String componentDescription = spec.path("description").asText();
        if (!description.startsWith(componentDescription, markedSecret ? SECRET_MARKER.length() + 1 : 0)) {
            drift.add(option + ": description '" + description + "' does not start with the component's '"
                    + componentDescription + "'");
        }
        return drift;
    }

    /**
     * The type the generator must give the property of a Camel option, stated here again rather than taken from the
     * generator so that a change to its mapping shows here: boxed primitives, Duration for durations.
     */
    static String springType(JsonNode spec) {
        if ("duration".equals(spec.path("type").asText())) {
            return "java.time.Duration";
        }
        String javaType = spec.path("javaType").asText();
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "float" -> "java.lang.Float";
            default -> javaType;
        };
    }

    /** Generic types are written with and without a space after the comma. */
    private static String normalizeType(String type) {
        return type.replace(" ", "");
    }

    /**
     * A default as text: enum constants without case (Spring writes them in lower case), durations as milliseconds
     * (Camel may write {@code 30s} where Spring writes {@code 30000ms}).
     */
    private static String defaultOf(JsonNode value, boolean duration) {
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.asText().toLowerCase(Locale.ROOT);
        return duration ? String.valueOf(millis(text)) : text;
    }

    private static long millis(String duration) {
        if (duration.startsWith("p")) {
            return Duration.parse(duration.toUpperCase(Locale.ROOT)).toMillis();
        }
        Matcher matcher = SIMPLE_DURATION.matcher(duration);
        assertThat(matcher.matches()).as("a duration default: " + duration).isTrue();
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "", "ms" -> amount;
            case "s" -> Duration.ofSeconds(amount).toMillis();
            case "m" -> Duration.ofMinutes(amount).toMillis();
            case "h" -> Duration.ofHours(amount).toMillis();
            case "d" -> Duration.ofDays(amount).toMillis();
            default -> throw new IllegalArgumentException("Unit of " + duration);
        };
    }

    static String kebab(String camelCase) {
        StringBuilder kebab = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString();
    }

    private static String camelCase(String kebab) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static InputStream resource(String name) throws IOException {
        URL url = StudioStarterMetadataDriftTest.class.getClassLoader().getResource(name);
        assertThat(url).as(name + " on the class path (from the camel-studio jar)").isNotNull();
        return url.openStream();
    }
}
