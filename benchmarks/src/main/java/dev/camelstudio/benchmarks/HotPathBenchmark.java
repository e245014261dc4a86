package dev.camelstudio.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.studio.StudioBodyType;
import dev.camelstudio.studio.StudioChannel;
import dev.camelstudio.studio.StudioExchangeMapper;
import dev.camelstudio.studio.StudioMeters;
import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.FrameDecoder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The consumer's hot path, frame text to a filled Exchange, next to what a plain Jackson parse of the same header
 * fields costs. The frame is the order-update the lean server sends (561 bytes). The {@code studio*}
 * benchmarks do what {@code StudioConsumer.deliver} does before the route runs: decode with {@link FrameDecoder},
 * wrap in an {@link InboundMessage}, create an Exchange and fill it with {@link StudioExchangeMapper} for one body
 * type.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HotPathBenchmark {

    private static final String ACCOUNT = "10000";
    private static final String CONNECTION = "connection-1";

    private final String frame = FrameWriter.orderUpdateText(ACCOUNT, 4711);
    private final FrameDecoder decoder = new FrameDecoder();
    private final JsonFactory jsonFactory = new JsonFactory();
    private final ObjectMapper objectMapper = new ObjectMapper();
    private final HandWrittenDecoder handWritten = new HandWrittenDecoder();
    private final StudioExchangeMapper jsonMapper = mapper(StudioBodyType.JSON);
    private final StudioExchangeMapper messageMapper = mapper(StudioBodyType.MESSAGE);
    private final StudioExchangeMapper mapMapper = mapper(StudioBodyType.MAP);
    /** The lag timer a consumer registers on the application's Prometheus registry: the meters' per-message work. */
    private final Timer lag = StudioMeters.lagTimer(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), ACCOUNT);
    private CamelContext context;

    private static StudioExchangeMapper mapper(StudioBodyType bodyType) {
        return new StudioExchangeMapper(bodyType, StudioChannel.ACTIVITY.uriName(), ACCOUNT);
    }

    @Setup(Level.Trial)
    public void startContext() {
        context = new DefaultCamelContext();
        context.start();
    }

    @TearDown(Level.Trial)
    public void stopContext() throws Exception {
        context.close();
    }

    /** {@code bodyType=json}: the body is the text as received; no tree, no record. */
    @Benchmark
    public Exchange studioJson() {
        return toExchange(jsonMapper);
    }

    /** {@code bodyType=message}: the body is the OrderUpdate record. */
    @Benchmark
    public Exchange studioMessage() {
        return toExchange(messageMapper);
    }

    /** {@code bodyType=map}: the body is the whole frame as a Map. */
    @Benchmark
    public Exchange studioMap() {
        return toExchange(mapMapper);
    }

    /** The decoder alone, without the Exchange: what the decode costs of {@link #studioJson}. */
    @Benchmark
    public DecodedFrame studioDecodeOnly() {
        return decoder.decodeFrame(frame);
    }

    /**
     * {@code bodyType=json} with meters on a Prometheus registry: the lag timer records the message as it is handed
     * to the route (the other meters read counts kept anyway, when scraped). Against {@link #studioJson}: the meters'
     * cost per message.
     */
    @Benchmark
    public Exchange studioJsonMetered() {
        return toExchange(jsonMapper, lag);
    }

    private Exchange toExchange(StudioExchangeMapper mapper) {
        return toExchange(mapper, null);
    }

    private Exchange toExchange(StudioExchangeMapper mapper, Timer lagTimer) {
        DecodedFrame decoded = decoder.decodeFrame(frame);
        InboundMessage message = new InboundMessage(decoded, decoded.accountId(), false, CONNECTION);
        if (lagTimer != null) {
            StudioMeters.recordLag(lagTimer, message);
        }
        Exchange exchange = new DefaultExchange(context);
        mapper.apply(message, 0, exchange.getMessage());
        return exchange;
    }

    /**
     * The floor: a hand-written Jackson streaming parse of the header fields (timestamp, sequence, payload.type, and
     * payload.data's account_id, order_id, status and version), skipping everything else, with no checks.
     */
    @Benchmark
    public void jacksonStreaming(Blackhole fields) throws IOException {
        try (JsonParser parser = jsonFactory.createParser(frame)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "timestamp", "sequence" -> fields.consume(parser.getLongValue());
                    case "payload" -> readObject(parser, fields);
                    default -> parser.skipChildren();
                }
            }
        }
    }

    /** Consumes payload's type and its data's header fields; recurses into data. */
    private static void readObject(JsonParser parser, Blackhole fields) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "type", "account_id", "order_id", "status" -> fields.consume(parser.getText());
                case "version" -> fields.consume(parser.getLongValue());
                case "data" -> readObject(parser, fields);
                default -> parser.skipChildren();
            }
        }
    }

    /**
     * The hand-written peer's work per frame ({@link HandWrittenDecoder}): the same parse as {@link #jacksonStreaming}
     * setting the same headers as plain values on a new Exchange. Against {@link #studioJson}: what camel-studio's
     * decoding and headers cost over the same job done by hand.
     */
    @Benchmark
    public Exchange handWrittenExchange() throws IOException {
        Exchange exchange = new DefaultExchange(context);
        handWritten.fill(frame, exchange.getMessage());
        return exchange;
    }

    /** For reference: the whole frame read into a Jackson tree, then the same header fields taken from it. */
    @Benchmark
    public void jacksonTree(Blackhole fields) throws IOException {
        JsonNode root = objectMapper.readTree(frame);
        JsonNode payload = root.get("payload");
        JsonNode data = payload.get("data");
        fields.consume(root.get("timestamp").asLong());
        fields.consume(root.get("sequence").asLong());
        fields.consume(payload.get("type").asText());
        fields.consume(data.get("account_id").asText());
        fields.consume(data.get("order_id").asText());
        fields.consume(data.get("status").asText());
        fields.consume(data.get("version").asLong());
    }
}
