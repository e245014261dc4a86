package dev.camelstudio.studio.protocol;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for Studio frames, shared by {@link FrameDecoder} and {@link FrameEncoder}.
 * An {@link ObjectMapper} is thread-safe once configured, and building one is expensive, so a single
 * instance is reused for every frame.
 */
final class StudioJson {

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            // Jackson error messages quote little of the frame: frames can be huge, and
            // FrameDecodingException already quotes the start of the frame.
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(40)
                    .maxRawContentLength(0)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build())
            // Wire names are snake_case; Java record components are camelCase.
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // The server may add fields at any time (docs/protocol.md §3.3).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Prices must stay exact: 123.40 is read as BigDecimal 123.40, never as a double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // ... and a tree read from a frame must not normalise it to 123.4.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            // A frame is exactly one JSON object; anything after it means a corrupt frame.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A missing required primitive (Order.version) must fail instead of silently becoming 0,
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // ... and a fractional value must not be truncated into an integer field.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new StudioWireModule())
            .build();

    private StudioJson() {
    }
}
