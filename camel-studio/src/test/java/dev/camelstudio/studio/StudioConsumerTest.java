package dev.camelstudio.studio;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.protocol.OrderStatus;
import dev.camelstudio.studio.protocol.OrderUpdate;
import dev.camelstudio.studio.protocol.StudioMessage;
import dev.camelstudio.studio.protocol.Unknown;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer against the simulator over TLS: bodies, headers, control messages, errors. */
class StudioConsumerTest extends StudioCamelTestSupport {

    private static final String ACCOUNT = "100000";
    private static final String OTHER_ACCOUNT = "100001";
    private static final String CLIENT = "client-1";
    private static final String SECRET = "s3cret&+%";

    /** docs/protocol.md §4.4-4.8 examples, as the server sends them, renumbered 1..5 so that the stream has no gap. */
    static final String ORDER_UPDATE =
            "{\"timestamp\":1711076850000,\"sequence\":1,\"payload\":{\"type\":\"order-update\","
                    + "\"data\":{\"created_at\":1711076849000,\"updated_at\":1711076850000,\"order_id\":\"12390213\","
                    + "\"reference_id\":\"my-order-1\",\"version\":2,\"account_id\":\"100000\",\"account_number\":\"ACC0001\","
                    + "\"state\":\"open\",\"status\":\"partially-filled\",\"symbol\":\"AAPL\",\"order_type\":\"limit\","
                    + "\"side\":\"buy\",\"quantity\":\"100\",\"price\":\"123.45\",\"time_in_force\":\"day\","
                    + "\"average_price\":123.40,\"filled_quantity\":\"40\",\"order_update_reason\":\"execution-report\","
                    + "\"text\":\"\",\"strategy\":{\"type\":\"sor\",\"urgency\":\"moderate\"},\"running_position\":\"40\"}}}";
    static final String TRADE_NOTICE =
            "{\"timestamp\":1711076850001,\"sequence\":2,\"payload\":{\"type\":\"trade-notice\","
                    + "\"data\":{\"created_at\":1711076850000,\"account_id\":\"100000\",\"account_number\":\"ACC0001\","
                    + "\"trade_id\":\"55501\",\"order_id\":\"12390213\",\"symbol\":\"AAPL\",\"side\":\"buy\",\"quantity\":\"40\","
                    + "\"price\":\"123.40\",\"running_position\":\"40\"}}}";
    static final String POSITION_UPDATE = "{\"timestamp\":1711076850002,\"sequence\":3,\"payload\":{\"type\":"
            + "\"position-update\",\"data\":{\"account_id\":\"100000\",\"account_number\":\"ACC0001\",\"symbol\":\"AAPL\","
            + "\"quantity\":\"40\",\"average_cost\":123.40}}}";
    static final String BUYING_POWER_UPDATE = "{\"timestamp\":1711076850003,\"sequence\":4,\"payload\":{\"type\":"
            + "\"buying-power-update\",\"data\":{\"account_id\":\"100000\",\"account_number\":\"ACC0001\","
            + "\"amount\":250000.0}}}";
    static final String LOCATE_INVENTORY_UPDATE = "{\"timestamp\":1711076850004,\"sequence\":5,\"payload\":{\"type\":"
            + "\"locate-inventory-update\",\"data\":{\"account_id\":\"100000\",\"account_number\":\"ACC0001\","
            + "\"symbol\":\"XOM\",\"available\":\"1000\",\"reserved\":\"0\",\"used\":\"200\"}}}";
    static final String UNKNOWN_TYPE = "{\"timestamp\":1711076850005,\"payload\":{\"type\":\"margin-call\","
            + "\"details\":\"from the future\"}}";
    static final List<String> DATA_FRAMES = List.of(ORDER_UPDATE, TRADE_NOTICE, POSITION_UPDATE, BUYING_POWER_UPDATE,
            LOCATE_INVENTORY_UPDATE, UNKNOWN_TYPE);

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(tls())
            .account(ACCOUNT, "ACC0001")
            .account(OTHER_ACCOUNT, "ACC0002")
            .client(CLIENT, SECRET, ACCOUNT)
            .heartbeatInterval(Duration.ofMillis(200)));

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    private MockEndpoint route(String... options) throws Exception {
        String uri = studio().endpointUri(ACCOUNT, options);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("studio").to("mock:activity");
            }
        });
        awaitSubscribed(studio(), ACCOUNT);
        return getMockEndpoint("mock:activity");
    }

    /**
     * Sends the data frames as live messages: once the account's replay-complete reached the consumer, as the
     * simulator's subscription is recorded when it acknowledges, before the replay.
     */
    private void sendDataFrames() {
        StudioConsumer consumer = (StudioConsumer) context.getRoute("studio").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(consumer::isAccountReady);
        DATA_FRAMES.forEach(frame -> studio().faults().sendRaw(ACCOUNT, frame));
    }

    @Test
    void deliversTheExactJsonWithTypedHeaders() throws Exception {
        MockEndpoint mock = route();
        mock.expectedBodiesReceived(DATA_FRAMES.toArray());
        sendDataFrames();
        mock.assertIsSatisfied(10_000);

        Message order = mock.getReceivedExchanges().get(0).getMessage();
        assertThat(order.getHeader(StudioConstants.MESSAGE_TYPE)).isEqualTo(MessageType.ORDER_UPDATE);
        assertThat(order.getHeader(StudioConstants.RAW_MESSAGE_TYPE)).isEqualTo("order-update");
        assertThat(order.getHeader(StudioConstants.TIMESTAMP)).isEqualTo(Instant.ofEpochMilli(1711076850000L));
        assertThat(order.getHeader(Exchange.MESSAGE_TIMESTAMP)).isEqualTo(1711076850000L);
        assertThat(order.getHeader(StudioConstants.SEQUENCE)).isEqualTo(1L);
        assertThat(order.getHeader(StudioConstants.ACCOUNT_ID)).isEqualTo(ACCOUNT);
        assertThat(order.getHeader(StudioConstants.CHANNEL)).isEqualTo("activity");
        assertThat(order.getHeader(StudioConstants.CONNECTION_ID, String.class)).startsWith("studio-connection-");
        assertThat(order.getHeader(StudioConstants.REPLAY)).isEqualTo(false);
        assertThat(order.getHeader(StudioConstants.ORDER_ID)).isEqualTo("12390213");
        assertThat(order.getHeader(StudioConstants.ORDER_STATUS)).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.getHeader(StudioConstants.ORDER_VERSION)).isEqualTo(2L);

        Message trade = mock.getReceivedExchanges().get(1).getMessage();
        assertThat(trade.getHeader(StudioConstants.MESSAGE_TYPE)).isEqualTo(MessageType.TRADE_NOTICE);
        assertThat(trade.getHeader(StudioConstants.ORDER_ID)).isEqualTo("12390213");
        assertThat(trade.getHeader(StudioConstants.ORDER_STATUS)).isNull();

        List<MessageType> types = mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(StudioConstants.MESSAGE_TYPE, MessageType.class)).toList();
        assertThat(types).containsExactly(MessageType.ORDER_UPDATE, MessageType.TRADE_NOTICE,
                MessageType.POSITION_UPDATE, MessageType.BUYING_POWER_UPDATE, MessageType.LOCATE_INVENTORY_UPDATE,
                MessageType.UNKNOWN);
        Message unknown = mock.getReceivedExchanges().get(5).getMessage();
        assertThat(unknown.getHeader(StudioConstants.RAW_MESSAGE_TYPE)).isEqualTo("margin-call");
        assertThat(unknown.getHeader(StudioConstants.SEQUENCE)).isNull();
        assertThat(unknown.getHeader(StudioConstants.ACCOUNT_ID)).isEqualTo(ACCOUNT);
    }

    @Test
    void bodyTypeMessageGivesTheRecords() throws Exception {
        MockEndpoint mock = route("bodyType=message");
        mock.expectedMessageCount(DATA_FRAMES.size());
        sendDataFrames();
        mock.assertIsSatisfied(10_000);
        List<Object> bodies = mock.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
        assertThat(bodies).allMatch(StudioMessage.class::isInstance);
        OrderUpdate order = (OrderUpdate) bodies.get(0);
        assertThat(order.order().averagePrice()).isEqualByComparingTo("123.40");
        assertThat(order.order().averagePrice().scale()).isEqualTo(2);
        assertThat(((Unknown) bodies.get(5)).frameText()).isEqualTo(UNKNOWN_TYPE);
    }

    @Test
    void bodyTypeMapGivesTheWholeFrameAsAMap() throws Exception {
        MockEndpoint mock = route("bodyType=map");
        mock.expectedMessageCount(DATA_FRAMES.size());
        sendDataFrames();
        mock.assertIsSatisfied(10_000);
        @SuppressWarnings("unchecked")
        Map<String, Object> order = mock.getReceivedExchanges().get(0).getMessage().getBody(Map.class);
        assertThat(order).containsEntry("sequence", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) order.get("payload")).get("data");
        assertThat(data).containsEntry("order_id", "12390213").containsEntry("price", "123.45");
    }

    @Test
    void jsonBodiesConvertToRecordsLater() throws Exception {
        MockEndpoint mock = route();
        mock.expectedMessageCount(DATA_FRAMES.size());
        sendDataFrames();
        mock.assertIsSatisfied(10_000);
        Message first = mock.getReceivedExchanges().get(0).getMessage();
        assertThat(first.getBody(OrderUpdate.class).order().orderId()).isEqualTo("12390213");
        assertThat(first.getBody(StudioMessage.class)).isInstanceOf(OrderUpdate.class);
        assertThat(first.getBody(dev.camelstudio.studio.protocol.Order.class).symbol()).isEqualTo("AAPL");
        Message trade = mock.getReceivedExchanges().get(1).getMessage();
        assertThat(trade.getBody(dev.camelstudio.studio.protocol.Trade.class).tradeId()).isEqualTo("55501");
    }

    @Test
    void controlMessagesAreExchangesOnlyWhenAskedFor() throws Exception {
        MockEndpoint mock = route("includeControlMessages=true");
        mock.expectedMinimumMessageCount(3);
        mock.assertIsSatisfied(10_000);
        List<MessageType> types = mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(StudioConstants.MESSAGE_TYPE, MessageType.class)).toList();
        assertThat(types).startsWith(MessageType.SUBSCRIBE_ACTIVITY_ACK, MessageType.REPLAY_COMPLETE)
                .contains(MessageType.HEARTBEAT);
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(StudioConstants.ACCOUNT_ID))
                .isEqualTo(ACCOUNT);
    }

    @Test
    void heartbeatsAndAcksAreNotExchangesByDefault() throws Exception {
        MockEndpoint mock = route();
        await().until(() -> studio().recorder().counters()
                .get(dev.camelstudio.simulator.recording.SimulatorCounters.Counter.HEARTBEATS_SENT) >= 3);
        studio().faults().sendRaw(ACCOUNT, ORDER_UPDATE);
        mock.expectedBodiesReceived(ORDER_UPDATE);
        mock.assertIsSatisfied(10_000);
    }

    @Test
    void replayedMessagesAreMarked() throws Exception {
        studio().publishActivity(ACCOUNT, 5);
        MockEndpoint mock = route();
        mock.expectedMessageCount(5);
        mock.assertIsSatisfied(10_000);
        studio().publishActivity(ACCOUNT, 1);
        await().until(() -> mock.getReceivedCounter() == 6);
        List<Object> replay = mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(StudioConstants.REPLAY)).toList();
        assertThat(replay).containsExactly(true, true, true, true, true, false);
        List<Object> sequences = mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(StudioConstants.SEQUENCE)).toList();
        assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }
}
