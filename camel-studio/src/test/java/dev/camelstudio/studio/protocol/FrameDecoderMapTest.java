package dev.camelstudio.studio.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
