package dev.camelstudio.studio.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameEncoderTest {

    private final FrameEncoder encoder = new FrameEncoder();

    @Test
    void subscribeFrameHasTheShapeOfTheProtocol() {
        assertThat(encoder.subscribeActivity("eyJhbGciOi.abc.def", "100000")).isEqualTo(
                "{\"authorization\":\"eyJhbGciOi.abc.def\","
                        + "\"payload\":{\"type\":\"subscribe-activity\",\"account_id\":\"100000\"}}");
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        String frame = encoder.subscribeActivity("to\"ken\\", "acc\"1\\");

        assertThat(frame).isEqualTo("{\"authorization\":\"to\\\"ken\\\\\","
                + "\"payload\":{\"type\":\"subscribe-activity\",\"account_id\":\"acc\\\"1\\\\\"}}");
    }

    @Test
    void roundTripsThroughJackson() throws Exception {
        String token = "t\"o\\k\ne\u0001n\u00e9\uD83D\uDE00";
        String accountId = "a\"b\\c</script>";

        JsonNode frame = new ObjectMapper().readTree(encoder.subscribeActivity(token, accountId));

        assertThat(frame.size()).isEqualTo(2);
        assertThat(frame.path("authorization").textValue()).isEqualTo(token);
        assertThat(frame.path("payload").size()).isEqualTo(2);
        assertThat(frame.path("payload").path("type").textValue()).isEqualTo("subscribe-activity");
        assertThat(frame.path("payload").path("account_id").textValue()).isEqualTo(accountId);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \t")
    void blankArgumentsAreRejectedWithoutQuotingThem(String blank) {
        assertThatThrownBy(() -> encoder.subscribeActivity(blank, "100000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accessToken must not be null or blank");
        assertThatThrownBy(() -> encoder.subscribeActivity("secret-token", blank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be null or blank");
    }
}
