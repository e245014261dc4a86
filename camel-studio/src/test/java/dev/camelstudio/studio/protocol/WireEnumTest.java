package dev.camelstudio.studio.protocol;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Wire values are derived from constant names, so each enum is checked against the lists of docs/protocol.md §4.11. */
class WireEnumTest {

    static Stream<Arguments> protocolValues() {
        return Stream.of(
                Arguments.of(OrderStatus.class, new String[]{"new", "partially-filled", "filled", "canceled",
                        "replaced", "pending-cancel", "stopped", "rejected", "suspended", "pending-new", "calculated",
                        "expired", "accepted-for-bidding", "pending-replace", "done-for-day"}),
                Arguments.of(OrderState.class, new String[]{"open", "rejected", "closed"}),
                Arguments.of(OrderSide.class, new String[]{"buy", "sell", "sell-short"}),
                Arguments.of(OrderType.class, new String[]{"limit", "market", "stop", "stop-limit"}),
                Arguments.of(TimeInForce.class, new String[]{"day", "ioc", "day-plus", "at-open", "at-close"}),
                Arguments.of(OrderUpdateReason.class, new String[]{"place", "modify", "cancel", "execution-report",
                        "cancel-reject", "reject"}),
                Arguments.of(OpenCloseIndicator.class, new String[]{"open", "close"}),
                Arguments.of(StrategyType.class, new String[]{"sor", "dark", "ap", "pov", "twap", "vwap", "dma"}),
                Arguments.of(Urgency.class, new String[]{"super-passive", "passive", "moderate", "aggressive",
                        "super-aggressive"}));
    }

    @ParameterizedTest
    @MethodSource("protocolValues")
    void wireValuesAreThoseOfTheProtocolPlusUnknown(Class<? extends WireEnum> type, String[] expected) {
        assertThat(Arrays.stream(type.getEnumConstants()).map(WireEnum::wireValue))
                .containsExactly(Stream.concat(Arrays.stream(expected), Stream.of("unknown")).toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("protocolValues")
    void everyWireValueDecodesToItsConstantAndAnythingElseToUnknown(Class<? extends WireEnum> type,
            String[] expected) throws Exception {
        for (WireEnum constant : type.getEnumConstants()) {
            assertThat(decode(type, '"' + constant.wireValue() + '"')).isSameAs(constant);
        }
        WireEnum unknown = decode(type, "\"something-new\"");
        assertThat(unknown.name()).isEqualTo("UNKNOWN");
        assertThat(decode(type, "\"\"")).isSameAs(unknown);
        assertThat(decode(type, "\"BUY\"")).as("matching is case-sensitive").isSameAs(unknown);
    }

    private static WireEnum decode(Class<? extends WireEnum> type, String json) throws Exception {
        return StudioJson.MAPPER.readValue(json, type);
    }
}
