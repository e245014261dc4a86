package dev.camelstudio.studio.protocol;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The header fields a decoded frame gives without its record, and when the record is built. */
class DecodedFrameTest {

    private static final String ORDER_DATA = "\"created_at\": 1711076849000, \"updated_at\": 1711076850000,"
            + " \"order_id\": \"12390213\", \"account_id\": \"100000\", \"account_number\": \"ACC0001\","
            + " \"state\": \"open\", \"status\": \"%s\", \"symbol\": \"AAPL\", \"order_type\": \"limit\","
            + " \"side\": \"buy\", \"quantity\": \"100\", \"price\": %s, \"time_in_force\": \"day\","
            + " \"filled_quantity\": \"40\", \"running_position\": \"40\", \"version\": %s";

    private final FrameDecoder decoder = new FrameDecoder();

    private static String orderUpdate(String status, String price, String version) {
        return "{\"timestamp\": 1711076850001, \"sequence\": 3, \"payload\": {\"type\": \"order-update\", \"data\": {"
                + ORDER_DATA.formatted(status, price, version) + "}}}";
    }

    @Test
    void anOrderUpdateGivesItsHeaderFieldsAsTheRecordHasThem() {
        DecodedFrame frame = decoder.decodeFrame(orderUpdate("partially-filled", "\"123.45\"", "2"));
        OrderUpdate update = (OrderUpdate) frame.message();

        assertThat(frame.type()).isEqualTo(update.type());
        assertThat(frame.rawType()).isEqualTo(update.rawType());
        assertThat(frame.timestamp()).isEqualTo(update.timestamp()).isEqualTo(Instant.ofEpochMilli(1711076850001L));
        assertThat(frame.sequence()).isEqualTo(update.sequence()).isEqualTo(3L);
        assertThat(frame.accountId()).isEqualTo(update.accountId()).isEqualTo("100000");
        assertThat(frame.orderId()).isEqualTo(update.order().orderId());
        assertThat(frame.orderStatus()).isEqualTo(update.order().status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(frame.orderVersion()).isEqualTo(update.order().version()).isEqualTo(2L);
    }

    @Test
    void aStatusThisVersionDoesNotKnowIsUnknownAsInTheRecord() {
        DecodedFrame frame = decoder.decodeFrame(orderUpdate("half-baked", "1", "2"));

        assertThat(frame.orderStatus()).isEqualTo(OrderStatus.UNKNOWN)
                .isEqualTo(((OrderUpdate) frame.message()).order().status());
    }

    @Test
    void dataThatDoesNotFitOutsideTheHeaderFieldsFailsOnlyWhenTheRecordIsAskedFor() {
        String text = orderUpdate("filled", "true", "2");

        DecodedFrame frame = decoder.decodeFrame(text);

        assertThat(frame.text()).isSameAs(text);
        assertThat(frame.orderVersion()).isEqualTo(2L);
        assertThatThrownBy(frame::message).isInstanceOf(FrameDecodingException.class)
                .hasMessageStartingWith("field 'payload.data.price' does not fit Order: ");
        assertThatThrownBy(() -> decoder.decode(text)).isInstanceOf(FrameDecodingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "7.0", "null", "99999999999999999999"})
    void headerFieldsThatAreNotPlainGetTheRecordsValueOrItsError(String version) {
        String text = orderUpdate("filled", "1", version);
        StudioMessage record;
        try {
            record = decoder.decode(text);
        } catch (FrameDecodingException e) {
            assertThatThrownBy(() -> decoder.decodeFrame(text)).hasMessage(e.getMessage());
            return;
        }
        assertThat(decoder.decodeFrame(text).orderVersion()).isEqualTo(((OrderUpdate) record).order().version());
    }

    @Test
    void aTradeNoticeGivesItsOrderIdAndNoStatus() {
        DecodedFrame frame = decoder.decodeFrame("{\"timestamp\": 1, \"sequence\": 4, \"payload\": {\"type\":"
                + " \"trade-notice\", \"data\": {\"account_id\": \"100000\", \"order_id\": \"12390213\"}}}");

        assertThat(frame.orderId()).isEqualTo("12390213");
        assertThat(frame.orderStatus()).isNull();
        assertThat(frame.orderVersion()).isNull();
        assertThat(frame.accountId()).isEqualTo("100000");
    }

    @Test
    void aPositionUpdateHasNoOrderFieldsEvenIfItsDataNamesAnOrder() {
        DecodedFrame frame = decoder.decodeFrame("{\"timestamp\": 1, \"sequence\": 4, \"payload\": {\"type\":"
                + " \"position-update\", \"data\": {\"account_id\": \"100000\", \"order_id\": \"1\"}}}");

        assertThat(frame.orderId()).isNull();
        assertThat(frame.accountId()).isEqualTo("100000");
    }

    @Test
    void controlAndUnknownMessagesGiveTheirRecordsFields() {
        DecodedFrame ack = decoder.decodeFrame("{\"timestamp\": 1, \"sequence\": 9, \"payload\": {\"type\":"
                + " \"subscribe-activity-ack\", \"account_id\": \"100000\", \"success\": true}}");
        DecodedFrame unknown = decoder.decodeFrame("{\"timestamp\": 1, \"sequence\": 9, \"payload\": {\"type\":"
                + " \"margin-call\"}}");

        assertThat(ack.sequence()).isNull();
        assertThat(ack.accountId()).isEqualTo("100000");
        assertThat(unknown.type()).isEqualTo(MessageType.UNKNOWN);
        assertThat(unknown.rawType()).isEqualTo("margin-call");
        assertThat(unknown.sequence()).isEqualTo(9L);
        assertThat(unknown.accountId()).isNull();
    }

    @Test
    void aRepeatedPayloadReplacesTheEarlierOneAsInATree() {
        DecodedFrame frame = decoder.decodeFrame("{\"timestamp\": 1, \"payload\": {\"type\": \"heartbeat\","
                + " \"details\": \"first\"}, \"payload\": {\"type\": \"error-notice\"}}");

        assertThat(frame.message()).isEqualTo(new ErrorNotice(Instant.ofEpochMilli(1), null));
    }
}
