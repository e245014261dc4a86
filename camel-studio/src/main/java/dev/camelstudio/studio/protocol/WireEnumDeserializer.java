package dev.camelstudio.studio.protocol;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a {@link WireEnum} constant from its kebab-case wire value, falling back to the enum's
 * {@code UNKNOWN} constant for any string it does not know. A non-string value is a type error.
 */
final class WireEnumDeserializer extends StdScalarDeserializer<Object> {

    private static final String FALLBACK_CONSTANT = "UNKNOWN";

    private final Map<String, WireEnum> constantsByWireValue;
    private final WireEnum unknown;

    WireEnumDeserializer(Class<?> enumType) {
        super(enumType);
        WireEnum[] constants = (WireEnum[]) enumType.getEnumConstants();
        constantsByWireValue = Arrays.stream(constants)
                .collect(Collectors.toUnmodifiableMap(WireEnum::wireValue, Function.identity()));
        unknown = Arrays.stream(constants)
                .filter(constant -> constant.name().equals(FALLBACK_CONSTANT))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(enumType + " lacks the constant " + FALLBACK_CONSTANT));
    }

    // Immutable, so Jackson may cache and share it, as it does its own enum deserializers.
    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return context.handleUnexpectedToken(handledType(), parser);
        }
        return fromWire(parser.getText());
    }

    /** The constant of a wire value, or {@code UNKNOWN} for a value this version does not know. */
    WireEnum fromWire(String wireValue) {
        return constantsByWireValue.getOrDefault(wireValue, unknown);
    }
}
