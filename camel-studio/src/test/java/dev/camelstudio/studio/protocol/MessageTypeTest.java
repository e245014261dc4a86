package dev.camelstudio.studio.protocol;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTypeTest {

    @ParameterizedTest
    @EnumSource(value = MessageType.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void fromTagFindsEveryKnownType(MessageType type) {
        assertThat(MessageType.fromTag(type.tag())).isSameAs(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"subscribe-activity", "Order-Update", "order_update", " heartbeat", "unknown"})
    void fromTagReturnsUnknownForAnyOtherTag(String tag) {
        assertThat(MessageType.fromTag(tag)).isSameAs(MessageType.UNKNOWN);
    }

    @Test
    void tagsAreThoseOfTheProtocol() {
        assertThat(Arrays.stream(MessageType.values()).map(MessageType::tag)).containsExactly(
                "subscribe-activity-ack", "replay-complete", "order-update", "trade-notice", "position-update",
                "buying-power-update", "locate-inventory-update", "heartbeat", "error-notice", null);
    }

    @Test
    void theFourUnsequencedKnownTypesAreControl() {
        assertThat(Arrays.stream(MessageType.values()).filter(MessageType::isControl)).containsExactly(
                MessageType.SUBSCRIBE_ACTIVITY_ACK, MessageType.REPLAY_COMPLETE, MessageType.HEARTBEAT,
                MessageType.ERROR_NOTICE);
    }

    @Test
    void exactlyTheFiveDataTypesAreSequenced() {
        assertThat(Arrays.stream(MessageType.values()).filter(MessageType::isSequenced)).containsExactly(
                MessageType.ORDER_UPDATE, MessageType.TRADE_NOTICE, MessageType.POSITION_UPDATE,
                MessageType.BUYING_POWER_UPDATE, MessageType.LOCATE_INVENTORY_UPDATE);
    }
}
