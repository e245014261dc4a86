package dev.camelstudio.studio.resilience;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Servers that misbehave in ways the simulator's faults alone do not cover, and what the log then says: a server
 * that accepts TCP and never answers, a wrong path, an untrusted certificate, a server that echoes the token back,
 * a megabyte-long notice, binary frames, and a Studio that stays down (a few lines, not a flood).
 */
class HostileServerTest extends ResilienceTestSupport {

    private static final String SESSION_LOGGER = "dev.camelstudio.studio.session.StudioSession";

    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket silent;

    @AfterEach
    void closeSilentServer() throws IOException {
        if (silent != null) {
            silent.close();
        }
        for (Socket socket : held) {
            socket.close();
        }
    }

    /** A loopback server that accepts every connection, holds it, and never sends a byte. */
    private int silentServer(AtomicInteger accepted) throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                    accepted.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return silent.getLocalPort();
    }

    /** Consumes the account from another server than the simulator's WebSocket, with the simulator's tokens. */
    private void consumeFrom(String serverUrl, String... options) throws Exception {
        String[] all = new String[options.length + 3];
        all[0] = "serverUrl=" + serverUrl;
        all[1] = "reconnectInitialDelay=50";
        all[2] = "reconnectMaxDelay=500";
        System.arraycopy(options, 0, all, 3, options.length);
        String uri = studio().endpointUri(ACCOUNT, all);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE).process(received);
            }
        });
    }

    @Test
    void aServerThatNeverCompletesTheTlsHandshakeIsGivenUpWithinConnectTimeoutAndRetried() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        int port = silentServer(accepted);
        consumeFrom("wss://127.0.0.1:" + port + "/studio/v2/ws", "connectTimeout=400");
        await().atMost(Duration.ofSeconds(5)).until(() -> logs.text().contains("within 400 ms (connectTimeout)"));
        await().atMost(Duration.ofSeconds(5)).until(() -> accepted.get() >= 2);
        assertThat(consumer(ROUTE).getConnectionState()).isIn("CONNECTING", "BACKOFF");
    }

    @Test
    void aPlainServerThatNeverAnswersTheUpgradeIsGivenUpWithinConnectTimeout() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        int port = silentServer(accepted);
        consumeFrom("ws://127.0.0.1:" + port + "/studio/v2/ws", "connectTimeout=400");
        await().atMost(Duration.ofSeconds(5)).until(() -> logs.text().contains("within 400 ms (connectTimeout)")
                || logs.text().contains("connectTimeout (400 ms)"));
        await().atMost(Duration.ofSeconds(5)).until(() -> accepted.get() >= 2);
    }

    @Test
    void anUpgradeRefusedWith404NamesTheStatusAndTheServerUrlOption() throws Exception {
        String wrongPath = studio().webSocketUrl().resolve("/studio/v1/ws").toString();
        consumeFrom(wrongPath, "connectTimeout=2s");
        await().atMost(PATIENCE).until(() -> logs.lines().stream().anyMatch(line -> line.startsWith("WARN")
                && line.contains("HTTP 404") && line.contains("serverUrl")));
    }

    @Test
    void anUntrustedServerCertificateNamesSslContextParameters() throws Exception {
        if (!studio().isTls()) {
            return;
        }
        String token = studio().issueToken(CLIENT);
        context.getRegistry().bind("token", token);
        // No sslContextParameters: the JVM's trust store does not know the simulator's certificate.
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("studio:activity?accountId=" + ACCOUNT + "&serverUrl=" + studio().webSocketUrl()
                        + "&accessToken=RAW(" + token + ")&reconnectInitialDelay=50&reconnectMaxDelay=500")
                        .routeId(ROUTE).process(received);
            }
        });
        await().atMost(PATIENCE).until(() -> logs.lines().stream().anyMatch(line -> line.startsWith("WARN")
                && line.contains("is not trusted") && line.contains("sslContextParameters")));
    }

    @Test
    void aServerEchoingTheSubscribeFrameDoesNotGetTheTokenLogged() throws Exception {
        consume(ROUTE, ACCOUNT);
        awaitLive(ROUTE);
        String token = studio().issueToken(CLIENT);
        faults().sendRaw(ACCOUNT, "{\"authorization\":\"" + token + "\",\"payload\":{\"type\":\"subscribe-activity\","
                + "\"account_id\":\"" + ACCOUNT + "\"}}");
        await().atMost(PATIENCE).until(() -> logs.text().contains("skipped a frame that cannot be decoded"));
        assertThat(logs.text()).doesNotContain(token).contains("\"authorization\":\"****");
    }

    @Test
    void aServerSendingGarbageIsOneWarningNotOnePerFrame() throws Exception {
        consume(ROUTE, ACCOUNT);
        awaitLive(ROUTE);
        for (int i = 0; i < 50; i++) {
            faults().sendMalformedJson(ACCOUNT);
        }
        publish(ACCOUNT, 5);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(logs.lines()).filteredOn(line -> line.startsWith("WARN") && line.contains("cannot be decoded"))
                .hasSize(1);
    }

    @Test
    void aMegabyteErrorNoticeIsLoggedCutShortOnOneLine() throws Exception {
        consume(ROUTE, ACCOUNT);
        awaitLive(ROUTE);
        String details = "Something broke\n" + "x".repeat(2_000_000);
        faults().sendRaw(ACCOUNT, "{\"timestamp\":1,\"payload\":{\"type\":\"error-notice\",\"details\":\"" + details
                .replace("\n", "\\n") + "\"}}");
        await().atMost(PATIENCE).until(() -> logs.text().contains("sent an error notice"));
        assertThat(logs.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(2_000));
        assertThat(logs.text()).contains("chars in total");
        publish(ACCOUNT, 5);
        assertExactlyOnceInOrder(ACCOUNT);
    }

    @Test
    void aFrameLargerThanMaxFrameSizeNamesTheOptionAndTheConsumerRecovers() throws Exception {
        consume(ROUTE, ACCOUNT, "maxFrameSize=65536");
        awaitLive(ROUTE);
        long connections = consumer(ROUTE).getConnections();
        faults().sendOversizedFrame(ACCOUNT, 200_000);
        await().atMost(PATIENCE).until(() -> logs.lines().stream().anyMatch(line -> line.startsWith("WARN")
                && line.contains("larger than maxFrameSize (65536 bytes)")));
        // The oversized frame was not sequenced, so the replay of the next connection does not bring it back.
        awaitLiveAgain(ROUTE, connections);
        publish(ACCOUNT, 5);
        assertExactlyOnceInOrder(ACCOUNT);
    }

    @Test
    void binaryFramesAreCountedAndLoggedOnce() throws Exception {
        consume(ROUTE, ACCOUNT, "includeControlMessages=false");
        awaitLive(ROUTE);
        for (int i = 0; i < 5; i++) {
            faults().sendBinary(ACCOUNT, 16);
        }
        publish(ACCOUNT, 5);
        assertExactlyOnceInOrder(ACCOUNT);
        await().atMost(PATIENCE).until(() -> consumer(ROUTE).snapshot().counters().binaryFramesDropped() == 5);
        assertThat(logs.lines()).filteredOn(line -> line.contains("binary frame")).hasSize(1);
    }

    @Test
    void studioStayingDownIsAFewWarningsNotAFlood() throws Exception {
        consume(ROUTE, ACCOUNT, "reconnectInitialDelay=10", "reconnectMaxDelay=50");
        publish(ACCOUNT, 5);
        awaitLive(ROUTE);
        long opened = consumer(ROUTE).getConnections();
        faults().down();
        await().atMost(PATIENCE).until(() -> consumer(ROUTE).getConnections() > opened + 20);
        // The drop, then the refused connects: the first of each kind at WARN, the repeats at DEBUG.
        assertThat(logs.count("WARN", SESSION_LOGGER)).isLessThanOrEqualTo(2);
        faults().up();
        awaitLive(ROUTE);
        await().atMost(PATIENCE).until(() -> logs.lines().stream().anyMatch(line -> line.startsWith("INFO "
                + SESSION_LOGGER) && line.contains("is live") && line.contains("failures)")));
        publish(ACCOUNT, 5);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(counter(Counter.SUBSCRIBES_ACCEPTED)).isGreaterThanOrEqualTo(2);
    }
}
