package dev.camelstudio.studio;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioAuthenticationException;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.StudioConnectionException;
import dev.camelstudio.studio.connection.StudioSubscriptionException;
import dev.camelstudio.studio.protocol.FrameDecodingException;
import dev.camelstudio.studio.support.LogCapture;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input reaches the route's error handler (bridgeErrorHandler) with the cause and the fix named, nothing is
 * lost, and the route keeps running where it can; no token or secret is ever logged.
 */
class StudioConsumerErrorsTest extends StudioCamelTestSupport {

    private static final String ACCOUNT = "100000";
    private static final String NOT_ENTITLED = "100001";
    private static final String CLIENT = "client-1";
    private static final String SECRET = "pa&ss+wo%rd";
    private static final String FIXED_TOKEN = "fixed-token-abc123";

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .account(ACCOUNT, "ACC0001")
            .account(NOT_ENTITLED, "ACC0002")
            .client(CLIENT, SECRET, ACCOUNT)
            .fixedToken(FIXED_TOKEN, ACCOUNT));

    @RegisterExtension
    final LogCapture logs = LogCapture.eachTest();

    @AfterEach
    void noSecretWasLogged() {
        assertThat(logs.text()).doesNotContain(SECRET).doesNotContain(FIXED_TOKEN).doesNotContain("eyJ");
    }

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    private void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).to("mock:errors");
                from(uri).routeId("studio").to("mock:activity");
            }
        });
    }

    private Exception awaitError() {
        MockEndpoint errors = getMockEndpoint("mock:errors");
        await().atMost(Duration.ofSeconds(10)).until(() -> errors.getReceivedCounter() > 0);
        return errors.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    }

    @Test
    void aRefusedSubscriptionReachesTheErrorHandlerOnceWithTheServersDetails() throws Exception {
        route(studio().endpointUri(NOT_ENTITLED, "clientId=" + CLIENT, "clientSecret=RAW(" + SECRET + ")",
                "bridgeErrorHandler=true"));
        Exception error = awaitError();
        assertThat(error).isInstanceOf(StudioSubscriptionException.class)
                .hasMessageContaining("account " + NOT_ENTITLED).hasMessageContaining("Not authorized for account");
        assertThat(((StudioSubscriptionException) error).getDetails()).isEqualTo("Not authorized for account");
        // No hammering: one subscribe, not a loop of them.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> studio().recorder().subscriptions().size() == 1);
        assertThat(context.getRouteController().getRouteStatus("studio")).isEqualTo(ServiceStatus.Started);
        // Told as what it is: the account, not the token, which is kept for the next attempt.
        assertThat(error).hasMessageContaining("the credentials may not read this account; check the accountId "
                + "option, or ask Clear Street to entitle them to it");
        assertThat(logs.lines()).filteredOn(line -> line.startsWith("WARN"))
                .anySatisfy(line -> assertThat(line).contains("Studio refused the subscription to account "
                        + NOT_ENTITLED + " (\"Not authorized for account\"): the credentials may not read this "
                        + "account"))
                .noneSatisfy(line -> assertThat(line).contains("access token"));
        assertThat(logs.text()).doesNotContain("refused a subscription made with the access token");
        // And the consumer's readiness says why it is not receiving.
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        HealthCheck.Result readiness = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:studio")).findFirst().orElseThrow();
        assertThat(readiness.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(readiness.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Studio consumer is not live: Studio refused the subscription to account " + NOT_ENTITLED)
                .contains("may not read this account"));
    }

    /** An order-update whose envelope and header fields are sound but whose price is not a number. */
    private static String orderUpdateWithABadPrice(long sequence) {
        return "{\"timestamp\":1711076850001,\"sequence\":" + sequence + ",\"payload\":{\"type\":\"order-update\","
                + "\"data\":{\"order_id\":\"1\",\"account_id\":\"" + ACCOUNT + "\",\"status\":\"filled\","
                + "\"version\":1,\"price\":true}}}";
    }

    @Test
    void dataThatDoesNotFitItsRecordFailsTheExchangeOfBodyTypeMessage() throws Exception {
        route(studio().endpointUri(ACCOUNT, "bodyType=message", "bridgeErrorHandler=true"));
        awaitSubscribed(studio(), ACCOUNT);
        studio().faults().sendRaw(ACCOUNT, orderUpdateWithABadPrice(1));
        assertThat(awaitError()).isInstanceOf(FrameDecodingException.class)
                .hasMessageContaining("field 'payload.data.price' does not fit Order");
    }

    @Test
    void dataThatDoesNotFitItsRecordIsDeliveredAsReceivedWithBodyTypeJson() throws Exception {
        route(studio().endpointUri(ACCOUNT, "bridgeErrorHandler=true"));
        awaitSubscribed(studio(), ACCOUNT);
        studio().faults().sendRaw(ACCOUNT, orderUpdateWithABadPrice(1));
        MockEndpoint activity = getMockEndpoint("mock:activity");
        activity.expectedBodiesReceived(orderUpdateWithABadPrice(1));
        activity.expectedHeaderReceived(StudioConstants.ORDER_VERSION, 1L);
        activity.assertIsSatisfied(10_000);
        assertThat(getMockEndpoint("mock:errors").getReceivedCounter()).isZero();
    }

    @Test
    void anUndecodableFrameIsReportedAndTheStreamGoesOn() throws Exception {
        route(studio().endpointUri(ACCOUNT, "bridgeErrorHandler=true"));
        awaitSubscribed(studio(), ACCOUNT);
        studio().faults().sendMalformedJson(ACCOUNT);
        studio().publishActivity(ACCOUNT, 3);
        Exception error = awaitError();
        assertThat(error).isInstanceOf(FrameDecodingException.class).hasMessageContaining("not valid JSON");
        MockEndpoint activity = getMockEndpoint("mock:activity");
        activity.expectedMessageCount(3);
        activity.assertIsSatisfied(10_000);
    }

    @Test
    void badClientCredentialsNameTheClientAndStatusButNeverTheSecret() throws Exception {
        route(studio().endpointUri(ACCOUNT, "clientSecret=RAW(wrong" + SECRET + ")", "bridgeErrorHandler=true"));
        Exception error = awaitError();
        assertThat(error).isInstanceOf(StudioConnectionException.class);
        assertThat(error.getCause()).isInstanceOf(StudioAuthenticationException.class)
                .hasMessageContaining(CLIENT).hasMessageContaining("401");
        assertThat(error.toString() + error.getCause()).doesNotContain(SECRET);
        // A socket never opened: no close code; a refusal waiting will not change: what happens next, once.
        assertThat(error).hasMessageStartingWith("The connection to Studio for accounts [" + ACCOUNT + "] could not "
                + "connect: Studio's token endpoint ")
                .hasMessageContaining("check the clientId and clientSecret options")
                .hasMessageEndingWith(". Trying again every 60000 ms (reconnectMaxDelay) until that is fixed")
                .hasMessageNotContaining("close code").hasMessageNotContaining("..")
                .hasMessageNotContaining("retrying will not help");
        assertThat(logs.lines()).filteredOn(line -> line.contains("Trying again every")).hasSize(1);
    }

    @Test
    void aFailingTokenEndpointIsReportedAsRetryable() throws Exception {
        studio().faults().failTokenEndpoint(100, 503);
        route(studio().endpointUri(ACCOUNT, "bridgeErrorHandler=true"));
        Exception error = awaitError();
        assertThat(error).isInstanceOf(StudioConnectionException.class);
        assertThat(error.getCause()).isInstanceOf(StudioAuthenticationException.class).hasMessageContaining("503");
        assertThat(((StudioAuthenticationException) error.getCause()).isPermanent()).isFalse();
    }

    @Test
    void aServerThatIsDownDoesNotBlockStartupAndIsReported() throws Exception {
        studio().faults().down();
        route(studio().endpointUri(ACCOUNT, "bridgeErrorHandler=true", "connectTimeout=2s"));
        assertThat(context.getRouteController().getRouteStatus("studio")).isEqualTo(ServiceStatus.Started);
        Exception error = awaitError();
        // A socket that never opened has no close code to tell.
        assertThat(error).isInstanceOf(StudioConnectionException.class)
                .hasMessageStartingWith("The connection to Studio for accounts [" + ACCOUNT + "] could not connect: ")
                .hasMessageContaining(". Reconnecting in ").hasMessageNotContaining("close code");
    }

    @Test
    void aFixedAccessTokenWorks() throws Exception {
        route(studio().endpointUri(ACCOUNT, "accessToken=RAW(" + FIXED_TOKEN + ")"));
        awaitSubscribed(studio(), ACCOUNT);
        studio().publishActivity(ACCOUNT, 2);
        MockEndpoint activity = getMockEndpoint("mock:activity");
        activity.expectedMessageCount(2);
        activity.assertIsSatisfied(10_000);
    }

    @Test
    void aTokenProviderBeanIsUsed() throws Exception {
        String token = studio().issueToken(CLIENT);
        StudioTokenProvider provider = () -> new AccessToken(token, Instant.now().plusSeconds(3600));
        context.getRegistry().bind("myTokens", provider);
        route(studio().endpointUri(ACCOUNT, "tokenProvider=#myTokens"));
        awaitSubscribed(studio(), ACCOUNT);
        assertThat(studio().recorder().counters().get(Counter.TOKENS_ISSUED)).isZero();
    }

    @Test
    void aRouteErrorReachesTheErrorHandlerAndTheNextMessageIsStillDelivered() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalStateException.class).handled(true).to("mock:errors");
                from(studio().endpointUri(ACCOUNT)).routeId("studio")
                        .filter(header(StudioConstants.SEQUENCE).isEqualTo(1L))
                        .throwException(new IllegalStateException("boom"))
                        .end()
                        .to("mock:activity");
            }
        });
        awaitSubscribed(studio(), ACCOUNT);
        studio().publishActivity(ACCOUNT, 3);
        MockEndpoint activity = getMockEndpoint("mock:activity");
        activity.expectedMessageCount(2);
        activity.assertIsSatisfied(10_000);
        assertThat(awaitError()).hasMessage("boom");
    }

    @Test
    void stoppingTheRouteClosesTheConnectionAndLeavesNoThreads() throws Exception {
        // The simulator runs in this JVM too: only threads that appear with the route count.
        Set<Thread> before = liveThreads();
        route(studio().endpointUri(ACCOUNT));
        awaitSubscribed(studio(), ACCOUNT);
        context.getRouteController().stopRoute("studio");
        await().atMost(Duration.ofSeconds(10)).until(() -> studio().openConnections() == 0);
        assertThat(studio().recorder().connections()).allMatch(c -> c.closeCode() == 1000);
        // The simulator's server threads start with the first connection; close it so only ours could remain.
        studio().close();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(liveThreads().stream()
                .filter(thread -> !before.contains(thread))
                .map(Thread::getName)
                .filter(name -> name.contains("Studio[") || name.contains("Grizzly") || name.contains("tyrus")))
                .isEmpty());
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

}
