package dev.camelstudio.studio;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.spi.UriParam;

/**
 * Checks an option's text before Camel converts it, for the options whose conversion by Camel is too lenient or
 * whose error does not say what to write: durations ({@link StudioDurations}) and enums (Camel's error names the
 * Java class, not the values to choose from). The options are found from the {@code @UriParam} fields of
 * {@link StudioConfiguration}, so a new option is covered without a change here.
 */
final class StudioOptionValues {

    // Lower-case option name -> what turns its text into the value the generated configurer takes.
    private static final Map<String, Function<String, Object>> READERS = readers();

    private StudioOptionValues() {
    }

    /**
     * The value to bind for the option {@code name} (any case, dashes ignored): the checked value when it is the text
     * of an option known here, else {@code value} unchanged (a typed value, a {@code #bean} reference, another option).
     *
     * @throws IllegalArgumentException naming the option, the bad value and what to write instead
     */
    static Object check(String name, Object value) {
        if (!(value instanceof String text) || text.startsWith("#")) {
            return value;
        }
        Function<String, Object> reader = READERS.get(name.replace("-", "").toLowerCase(Locale.ROOT));
        return reader == null ? value : reader.apply(text);
    }

    /** Replaces, in place, the text of the options known here with their checked values. */
    static void checkAll(Map<String, Object> parameters) {
        parameters.replaceAll(StudioOptionValues::check);
    }

    private static Map<String, Function<String, Object>> readers() {
        Map<String, Function<String, Object>> readers = new HashMap<>();
        for (Field field : StudioConfiguration.class.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            String option = field.getName();
            if (param != null && "java.time.Duration".equals(param.javaType())) {
                readers.put(option.toLowerCase(Locale.ROOT), text -> StudioDurations.parse(option, text));
            } else if (param != null && field.getType().isEnum()) {
                readers.put(option.toLowerCase(Locale.ROOT), text -> constant(field.getType(), param, option, text));
            }
        }
        return Map.copyOf(readers);
    }

    /** The enum constant named by {@code text} in any case, as Camel's converter reads it. */
    private static Object constant(Class<?> type, UriParam param, String option, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text.strip())) {
                return constant;
            }
        }
        String valid = param.enums().isEmpty()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                : param.enums().replace(",", ", ");
        throw new IllegalArgumentException("The " + option + " option must be one of " + valid + ": '" + text + "'");
    }
}
