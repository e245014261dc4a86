package dev.camelstudio.studio.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Frames that cannot be decoded, and how the failure is reported. */
class FrameDecoderErrorsTest {

    /** Generous bound: the cause, at most 200 characters of the frame and a little framing text. */
    private static final int MAX_MESSAGE_LENGTH = 500;
    private static final int ONE_MEGABYTE = 1 << 20;

    private final FrameDecoder decoder = new FrameDecoder();

    @ParameterizedTest
    @ValueSource(strings = {"{\"timestamp\": 1, \"payload\": {", "{timestamp: 1}", "{\"a\":1}x", "{\"a\":1,}", "nope"})
    void malformedJson(String frame) {
        assertFails(frame, "frame is not valid JSON: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]", "\"text\"", "42", "null"})
    void jsonThatIsNotAnObject(String frame) {
        assertFails(frame, "frame is not a JSON object; ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{} {}"})
    void notExactlyOneJsonValue(String frame) {
        assertFails(frame, "frame is not a single JSON object: ");
    }

    @Test
    void missingPayload() {
        assertFails("{\"timestamp\": 1}", "field 'payload' is missing or not an object");
        assertFails("{\"timestamp\": 1, \"payload\": \"heartbeat\"}", "field 'payload' is missing or not an object");
    }

    @Test
    void missingPayloadType() {
        assertFails("{\"timestamp\": 1, \"payload\": {}}", "field 'payload.type' is missing");
        assertFails("{\"timestamp\": 1, \"payload\": {\"type\": null}}", "field 'payload.type' is missing");
        assertFails("{\"timestamp\": 1, \"payload\": {\"type\": 7}}", "field 'payload.type' is not a string");
    }

    @Test
    void missingOrMalformedTimestamp() {
        assertFails("{\"payload\": {\"type\": \"heartbeat\"}}", "field 'timestamp' is missing");
        assertFails("{\"timestamp\": \"1711076847030\", \"payload\": {\"type\": \"heartbeat\"}}",
                "field 'timestamp' is not an int64 integer");
        assertFails("{\"timestamp\": 1.5, \"payload\": {\"type\": \"heartbeat\"}}",
                "field 'timestamp' is not an int64 integer");
        assertFails("{\"timestamp\": 99999999999999999999, \"payload\": {\"type\": \"heartbeat\"}}",
                "field 'timestamp' is not an int64 integer");
    }

    @Test
    void sequencedTypeWithoutSequence() {
        assertFails("{\"timestamp\": 1, \"payload\": {\"type\": \"position-update\", \"data\": {}}}",
                "field 'sequence' is missing, but position-update is sequenced");
        assertFails("{\"timestamp\": 1, \"sequence\": \"5\", \"payload\": {\"type\": \"trade-notice\", \"data\": {}}}",
                "field 'sequence' is not an int64 integer");
    }

    @Test
    void sequencedTypeWithoutData() {
        assertFails("{\"timestamp\": 1, \"sequence\": 1, \"payload\": {\"type\": \"buying-power-update\"}}",
                "field 'payload.data' is missing or not an object");
        assertFails("{\"timestamp\": 1, \"sequence\": 1,"
                + " \"payload\": {\"type\": \"buying-power-update\", \"data\": []}}",
                "field 'payload.data' is missing or not an object");
    }

    @Test
    void ackWithoutSuccess() {
        assertFails("{\"timestamp\": 1, \"payload\": {\"type\": \"subscribe-activity-ack\", \"details\": \"ok\"}}",
                "field 'payload.success' is missing or not a boolean");
        assertFails("{\"timestamp\": 1, \"payload\": {\"type\": \"subscribe-activity-ack\", \"success\": \"true\"}}",
                "field 'payload.success' is missing or not a boolean");
    }

    @Test
    void textFieldOfTheWrongType() {
        assertFails("{\"timestamp\": 1, \"payload\": {\"type\": \"error-notice\", \"details\": {\"code\": 1}}}",
                "field 'payload.details' is not a string");
    }

    @Test
    void dataErrorNamesTheField() {
        assertFails("{\"timestamp\": 1, \"sequence\": 1, \"payload\": {\"type\": \"position-update\","
                + " \"data\": {\"account_id\": \"1\", \"average_cost\": true}}}",
                "field 'payload.data.average_cost' does not fit Position: ");
    }

    @Test
    void exceptionExposesTheWholeFrame() {
        String frame = "{\"timestamp\": 1}";

        FrameDecodingException exception = catchThrowableOfType(FrameDecodingException.class,
                () -> decoder.decode(frame));

        assertThat(exception.frameText()).isSameAs(frame);
    }

    @Test
    void messageOfAHugeMalformedFrameStaysShort() {
        String frame = "{\"timestamp\": 1, \"payload\": {\"type\": \"heartbeat\", \"details\": \""
                + "x".repeat(ONE_MEGABYTE);

        FrameDecodingException exception = assertFails(frame, "frame is not valid JSON: ");

        assertThat(exception.getMessage()).endsWith("... (" + frame.length() + " chars in total)");
        assertThat(exception.frameText()).isSameAs(frame);
    }

    @Test
    void messageOfAHugeUnrecognizedTokenStaysShort() {
        assertFails("y".repeat(ONE_MEGABYTE), "frame is not valid JSON: ");
    }

    @Test
    void messageOfAHugeWellFormedFrameStaysShort() {
        String frame = "{\"payload\": {\"type\": \"heartbeat\", \"details\": \"" + "x".repeat(ONE_MEGABYTE) + "\"}}";

        assertFails(frame, "field 'timestamp' is missing");
    }

    @Test
    void messageOfAHugeValueThatDoesNotFitStaysShort() {
        String frame = "{\"timestamp\": 1, \"sequence\": 1, \"payload\": {\"type\": \"position-update\","
                + " \"data\": {\"quantity\": \"" + "9x".repeat(ONE_MEGABYTE) + "\"}}}";

        assertFails(frame, "field 'payload.data.quantity' does not fit Position: ");
    }

    @Test
    void messageQuotesTheFrameOnOneLine() {
        FrameDecodingException exception = assertFails("{\n\"timestamp\": 1\r\n}", "field 'payload' is missing");

        assertThat(exception.getMessage()).doesNotContain("\n", "\r").endsWith("frame: { \"timestamp\": 1  }");
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String frame = "\"" + "a".repeat(FrameDecodingException.MAX_QUOTED_FRAME_CHARS - 2) + "\uD83D\uDE00\"";

        FrameDecodingException exception = assertFails(frame, "frame is not a JSON object; ");

        assertThat(exception.getMessage()).endsWith("a... (" + frame.length() + " chars in total)");
    }

    @Test
    void nullFrameIsAProgrammingError() {
        assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(NullPointerException.class);
    }

    private FrameDecodingException assertFails(String frame, String expectedMessageStart) {
        FrameDecodingException exception = catchThrowableOfType(FrameDecodingException.class,
                () -> decoder.decode(frame));

        assertThat(exception).as("decoding %s", frame.length() > 100 ? "a huge frame" : frame).isNotNull();
        assertThat(exception.getMessage())
                .startsWith(expectedMessageStart)
                .contains("frame: ")
                .hasSizeLessThan(MAX_MESSAGE_LENGTH);
        return exception;
    }
}
