package dev.camelstudio.studio;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.ReadmeMeters;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's meters on a Prometheus registry bound as {@code metricsRegistry}: every series the README's table
 * lists, and no other, with the account's tag; the lag of messages Studio stamped two seconds before it sent them;
 * the meters leave the registry when the route stops.
 */
class StudioMetersTest extends StudioCamelTestSupport {

    private static final String ACCOUNT = "100000";
    /** How far the simulator's clock runs behind: every message is this old when sent. */
    private static final Duration BEHIND = Duration.ofSeconds(2);
    private static final Pattern SERIES = Pattern.compile("^(studio_[a-z_]+?)(_bucket|_count|_sum|_max)?\\{",
            Pattern.MULTILINE);

    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(tls())
            .clock(Clock.offset(Clock.systemUTC(), BEHIND.negated()))
            .account(ACCOUNT, "ACC0001")
            .client("client", "secret", ACCOUNT)
            .frameRecordCapacity(0));

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind(StudioMeterRegistries.METRICS_REGISTRY, prometheus);
    }

    private void consume() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio().endpointUri(ACCOUNT)).routeId("activity").to("mock:activity");
            }
        });
        awaitSubscribed(studio(), ACCOUNT);
        await().atMost(Duration.ofSeconds(10)).until(() -> "LIVE".equals(
                ((StudioConsumer) context.getRoute("activity").getConsumer()).getConnectionState()));
        studio().publishActivity(ACCOUNT, 20);
        await().atMost(Duration.ofSeconds(10)).until(() -> getMockEndpoint("mock:activity").getReceivedCounter() >= 20);
    }

    @Test
    void everySeriesTheReadmeListsIsScrapedWithTheAccountTagAndNoOther() throws Exception {
        consume();
        String scrape = prometheus.scrape();

        Set<String> scraped = new TreeSet<>();
        Matcher series = SERIES.matcher(scrape);
        while (series.find()) {
            scraped.add(series.group(1));
        }
        assertThat(scraped).isEqualTo(ReadmeMeters.listed());
        assertThat(scrape.lines().filter(line -> line.startsWith("studio_")))
                .allSatisfy(line -> assertThat(line).contains("account=\"" + ACCOUNT + "\""));
        assertThat(scrape).contains("studio_messages_total{account=\"" + ACCOUNT + "\",replay=\"false\","
                + "type=\"order_update\"}")
                .contains("studio_connection_state{account=\"" + ACCOUNT + "\"} 2.0");
    }

    @Test
    void theLagOfLiveMessagesIsTheirAgeWhenHandedToTheRoute() throws Exception {
        consume();
        Timer lag = prometheus.get("studio.lag").timer();

        assertThat(lag.count()).isGreaterThanOrEqualTo(20);
        assertThat(lag.mean(TimeUnit.MILLISECONDS)).isBetween((double) BEHIND.toMillis(), BEHIND.toMillis() + 1500.0);
        for (CountAtBucket bucket : lag.takeSnapshot().histogramCounts()) {
            if (bucket.bucket(TimeUnit.MILLISECONDS) < BEHIND.toMillis()) {
                assertThat(bucket.count()).as("lag below %s ms", bucket.bucket(TimeUnit.MILLISECONDS)).isZero();
            }
        }
    }

    @Test
    void theMetersLeaveTheRegistryWhenTheRouteStops() throws Exception {
        consume();
        context.getRouteController().stopRoute("activity");

        assertThat(prometheus.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("studio."));
    }
}
