package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameDecoderMapTest {

    private final FrameDecoder decoder = new FrameDecoder();

    @Test
    void wholeFrameBecomesPlainJavaValues() {
        Map<String, Object> frame = decoder.decodeToMap("""
                { "timestamp": 1711076850002, "sequence": 5,
                  "payload": { "type": "position-update",
                    "data": { "account_id": "100000", "quantity": "40", "average_cost": 123.40,
                              "tags": [1, true, null], "big": 123456789012345678901234567890 } } }
                """);

        assertThat(frame).containsEntry("timestamp", 1711076850002L).containsEntry("sequence", 5);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) frame.get("payload");
        assertThat(payload).containsEntry("type", "position-update");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) payload.get("data");
        assertThat(data)
                .containsEntry("account_id", "100000")
                .containsEntry("quantity", "40")
                .containsEntry("average_cost", new BigDecimal("123.40"))
                .containsEntry("tags", java.util.Arrays.asList(1, true, null))
                .containsEntry("big", new java.math.BigInteger("123456789012345678901234567890"));
        assertThat(data.get("tags")).isInstanceOf(List.class);
    }

    @Test
    void aDecodedFrameGivesTheSameMap() {
        String text = "{\"timestamp\":1711076850002,\"sequence\":5,\"payload\":{\"type\":\"position-update\","
                + "\"data\":{\"account_id\":\"100000\",\"account_number\":\"ACC0001\",\"symbol\":\"AAPL\","
                + "\"quantity\":\"40\",\"average_cost\":123.40}}}";
        DecodedFrame frame = decoder.decodeFrame(text);
        assertThat(frame.text()).isSameAs(text);
        assertThat(frame.message()).isInstanceOf(PositionUpdate.class);
        assertThat(frame.toMap()).isEqualTo(decoder.decodeToMap(text));
    }

    @Test
    void aDecoderThatBuildsMapsGivesTheMapOfItsDecodingPass() {
        String text = "{\"timestamp\":1711076850002,\"sequence\":5,\"payload\":{\"type\":\"position-update\","
                + "\"data\":{\"account_id\":\"100000\",\"account_number\":\"ACC0001\",\"symbol\":\"AAPL\","
                + "\"quantity\":\"40\",\"average_cost\":123.40}}}";
        DecodedFrame frame = FrameDecoder.buildingMaps().decodeFrame(text);

        assertThat(frame.toMap()).isEqualTo(decoder.decodeToMap(text)).isSameAs(frame.toMap());
        assertThat(frame.message()).isEqualTo(decoder.decode(text));
        assertThat(decoder.decodeFrame(text).toMap()).isEqualTo(frame.toMap());
    }

    /**
     * Every kind of value, at each level the pass reads field by field (the frame, payload, payload.data) and below,
     * in the header fields too, with the wrong types the envelope ignores and repeated names.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"timestamp\": 1711076850002, \"sequence\": 5, \"payload\": {\"type\": \"order-update\","
                    + " \"data\": {\"account_id\": \"100000\", \"order_id\": \"1\", \"status\": \"filled\","
                    + " \"version\": 2, \"price\": 123.40, \"quantity\": \"100\", \"strategy\": {\"type\": \"sor\","
                    + " \"min_percent\": 1.5E+2, \"legs\": [{\"a\": null}, [], {}]}, \"tags\": [1, -0, true, false, null]}}}",
            "{\"unknown\": {\"deep\": [1.0, 2.50, 3e-2]}, \"timestamp\": -7, \"payload\": {\"type\": \"error-notice\","
                    + " \"details\": null, \"extra\": \"caf\\u00e9 \\\"quoted\\\"\"}, \"trailing\": 2147483648}",
            "{\"timestamp\": 1, \"payload\": {\"type\": \"margin-call\", \"account_id\": 7, \"success\": \"yes\","
                    + " \"details\": [\"x\"], \"data\": [1, {\"x\": 2}]}}",
            "{\"timestamp\": 1, \"sequence\": 3, \"payload\": {\"type\": \"position-update\", \"data\": {\"account_id\":"
                    + " {\"nested\": true}, \"order_id\": [\"1\"], \"status\": 1.5, \"version\": 99999999999999999999,"
                    + " \"account_id\": \"100000\"}}}",
            "{\"timestamp\": 1, \"payload\": {\"type\": \"heartbeat\", \"details\": \"first\"},"
                    + " \"payload\": {\"type\": \"subscribe-activity-ack\", \"success\": true}, \"timestamp\": 2}"})
    void theMapOfTheDecodingPassIsWhatJacksonReads(String text) throws Exception {
        Map<String, Object> jackson = StudioJson.MAPPER.readValue(text, new TypeReference<Map<String, Object>>() {
        });

        Map<String, Object> onePass = FrameDecoder.buildingMaps().decodeFrame(text).toMap();

        assertThat(onePass).isEqualTo(jackson);
        // the same order, and the same Java types (an Integer is never equal to a Long)
        assertThat(onePass).hasToString(jackson.toString());
    }

    @Test
    void envelopeIsNotChecked() {
        assertThat(decoder.decodeToMap("{\"anything\": 1}")).containsExactly(Map.entry("anything", 1));
    }

    @Test
    void malformedFrameFailsLikeDecode() {
        assertThatThrownBy(() -> decoder.decodeToMap("{\"a\": "))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("frame is not valid JSON: ");
        assertThatThrownBy(() -> decoder.decodeToMap("null"))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("frame is not a JSON object; ");
        assertThatThrownBy(() -> decoder.decodeToMap("[1]"))
                .isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("frame is not a single JSON object: ");
    }
}
