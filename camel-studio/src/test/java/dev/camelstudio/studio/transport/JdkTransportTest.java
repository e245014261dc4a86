package dev.camelstudio.studio.transport;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@link JdkTransport} against the simulator over plain ws://: what it holds on to once it is closed. */
class JdkTransportTest {

    /** Long, so that the test would see the late release's timer still holding the transport. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofMinutes(1);

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder.tls(false));

    /**
     * Closed while a socket is open, the transport waits for that socket to end before it shuts its threads down, with
     * a timer for a socket that never ends. Once the socket has ended, nothing may keep the transport reachable: not
     * that timer, or the JDK's HTTP client it owns keeps its selector thread until the timer fires.
     */
    @Test
    void closedWithASocketOpenItIsReleasedWhenTheSocketEndsNotWhenTheTimerFires() throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
        AtomicInteger releases = new AtomicInteger();
        CountDownLatch closed = new CountDownLatch(1);
        JdkTransport transport = new JdkTransport(null, CONNECT_TIMEOUT, 4096, executor, () -> {
            releases.incrementAndGet();
            executor.shutdownNow();
        });
        TransportSocket socket =
                transport.connect(simulator.simulator().webSocketUrl(), new IgnoringTransportListener() {
                    @Override
                    public void onClosed(int code, String reason) {
                        closed.countDown();
                    }
                });

        transport.close();
        assertThat(releases).as("released while a socket is open").hasValue(0);
        socket.close(1000, "");
        assertThat(closed.await(10, TimeUnit.SECONDS)).as("the socket ended").isTrue();
        assertThat(releases).as("released once the socket ended").hasValue(1);

        WeakReference<JdkTransport> released = new WeakReference<>(transport);
        transport = null;
        socket = null;
        await("the transport collected").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    System.gc();
                    return released.get() == null;
                });
        assertThat(releases).hasValue(1);
    }
}
