package dev.camelstudio.studio.protocol;

import java.util.Map;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The streaming pass on its own: the failures it raises itself, and the map it builds only when asked. */
class FrameEnvelopeTest {

    private static final String HEARTBEAT = "{\"timestamp\": 1, \"payload\": {\"type\": \"heartbeat\"}}";

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void malformedJsonIsReportedByThePassWithJacksonsReadErrorAsCause(boolean buildMap) {
        assertThatThrownBy(() -> FrameEnvelope.read("{\"timestamp\": 1, \"payload\": {", buildMap))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("frame is not valid JSON: ")
                .hasCauseInstanceOf(StreamReadException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void contentAfterTheObjectIsReportedByThePass(boolean buildMap) {
        assertThatThrownBy(() -> FrameEnvelope.read(HEARTBEAT + " {}", buildMap))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("frame is not a single JSON object: Trailing token")
                .hasCauseInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anEnvelopeThatIsNotRightIsReportedByThePass(boolean buildMap) {
        assertThat(reasonOf("[1]", buildMap)).isEqualTo("frame is not a JSON object");
        assertThat(reasonOf("{\"payload\": {\"type\": \"heartbeat\"}}", buildMap))
                .isEqualTo("field 'timestamp' is missing");
    }

    @Test
    void noMapIsBuiltUnlessAsked() {
        assertThat(FrameEnvelope.read(HEARTBEAT, false).map()).isNull();
        assertThat(FrameEnvelope.read(HEARTBEAT, true).map())
                .isEqualTo(Map.of("timestamp", 1, "payload", Map.of("type", "heartbeat")));
    }

    private static String reasonOf(String frameText, boolean buildMap) {
        return catchThrowableOfType(FrameDecodingException.class, () -> FrameEnvelope.read(frameText, buildMap))
                .reason();
    }
}
