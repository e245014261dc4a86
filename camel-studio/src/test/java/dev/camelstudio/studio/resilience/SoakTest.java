package dev.camelstudio.studio.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;

import org.junit.jupiter.api.Test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bounded soak: 20 accounts, one route each (ten sharing one connection, ten on connections of their own), the
 * simulator's generator publishing at a modest rate, and every ~500 ms a fault picked at random (seeded) among
 * drops, closes, stalls, stopped heartbeats, withheld, duplicated and swapped frames and server restarts. At the end
 * every account's route has exactly 1..last, once each, in order.
 */
class SoakTest extends ResilienceTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SoakTest.class);
    private static final int ACCOUNTS = 20;
    private static final double RATE_PER_ACCOUNT = 20;
    private static final Duration SOAK = Duration.ofSeconds(20);
    private static final Duration FAULT_EVERY = Duration.ofMillis(500);
    private static final long SEED = 20_261_125L;

    private final List<String> accounts = new ArrayList<>();

    @Override
    StudioSimulator.Builder configureSimulator(StudioSimulator.Builder builder) {
        for (int i = 0; i < ACCOUNTS; i++) {
            String account = String.valueOf(200_000 + i);
            accounts.add(account);
            builder.account(account, "SOAK" + i);
        }
        return builder.client(CLIENT, SECRET, accounts.toArray(String[]::new))
                .heartbeatInterval(HEARTBEAT_INTERVAL)
                .frameRecordCapacity(0);
    }

    @Test
    void twentyAccountsUnderRandomFaultsGetEveryMessageOnceInOrder() throws Exception {
        // Half the accounts share one connection, the other half have one each: both paths take every fault.
        for (int i = 0; i < accounts.size(); i++) {
            consume("soak-" + accounts.get(i), accounts.get(i), "sharedConnection=" + (i % 2 == 0));
        }
        for (String account : accounts) {
            awaitLive("soak-" + account);
        }
        studio().startGenerator(RATE_PER_ACCOUNT);

        Random random = new Random(SEED);
        Map<String, Consumer<String>> faults = faultMenu();
        List<String> names = List.copyOf(faults.keySet());
        Map<String, Integer> injected = new LinkedHashMap<>();
        List<Throwable> faultErrors = new CopyOnWriteArrayList<>();
        ScheduledExecutorService faultThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "soak-faults");
            thread.setDaemon(true);
            return thread;
        });
        faultThread.scheduleWithFixedDelay(() -> {
            try {
                // Heartbeats stopped by the previous tick come back: stopHeartbeats applies to new connections too.
                faults().resumeHeartbeats();
                String fault = names.get(random.nextInt(names.size()));
                injected.merge(fault, 1, Integer::sum);
                faults.get(fault).accept(accounts.get(random.nextInt(accounts.size())));
            } catch (RuntimeException | Error e) {
                faultErrors.add(e);
            }
        }, FAULT_EVERY.toMillis(), FAULT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            await("the soak").during(SOAK).atMost(SOAK.plusSeconds(5)).until(faultErrors::isEmpty);
        } finally {
            faultThread.shutdownNow();
            assertThat(faultThread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        studio().stopGenerator();
        faults().clear();
        // Frames withheld at the very end show no gap until something follows them: one more message each.
        accounts.forEach(account -> publish(account, 1));

        LOG.info("Soak: faults injected {}; {} connections opened, {} dropped, {} sequenced messages published",
                injected, counter(Counter.CONNECTIONS_OPENED), counter(Counter.CONNECTIONS_DROPPED),
                counter(Counter.SEQUENCED_PUBLISHED));
        await("every account received up to its last sequence").atMost(Duration.ofSeconds(60))
                .until(() -> accounts.stream().allMatch(a -> received.last(a) >= lastPublished(a)));
        long total = accounts.stream().mapToLong(received::count).sum();
        await("nothing more arrives").during(QUIET).atMost(QUIET.plus(PATIENCE))
                .until(() -> accounts.stream().mapToLong(received::count).sum() == total);
        for (String account : accounts) {
            SequenceCheck.assertOneToLast(account, received.sequences(account), lastPublished(account));
        }
        assertThat(received.gaps()).isEmpty();
        assertThat(counter(Counter.SEQUENCED_PUBLISHED)).isGreaterThan(ACCOUNTS * 100L);
        assertThat(injected.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(20);
    }

    /** The faults the soak picks from; each gets a randomly chosen account (used where the fault takes one). */
    private Map<String, Consumer<String>> faultMenu() {
        Map<String, Consumer<String>> menu = new LinkedHashMap<>();
        menu.put("drop all", account -> faults().dropConnections());
        menu.put("drop one", account -> faults().dropConnections(account));
        menu.put("close 1011", account -> faults().closeConnections(1011, "x"));
        menu.put("close one 1000", account -> faults().closeConnections(account, 1000, ""));
        menu.put("stall", account -> faults().stall());
        menu.put("stop heartbeats", account -> faults().stopHeartbeats());
        menu.put("withhold live", account -> faults().withholdLive(account, 3));
        menu.put("duplicate", account -> faults().duplicateNext(account));
        menu.put("swap", account -> faults().swapNextTwo(account));
        menu.put("restart", account -> faults().restart());
        return menu;
    }
}
