package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ActivityGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_711_076_849_000L), ZoneOffset.UTC);

    @Test
    void reachesAtLeastHalfItsRateWithACheapSink() {
        AtomicLong received = new AtomicLong();
        try (ActivityGenerator generator = ActivityGenerator.builder((account, event) -> received.incrementAndGet())
                .accounts(accounts(10)).messagesPerSecondPerAccount(5_000).build()) {
            generator.start();

            // One second's worth of the 50,000 messages/s target within two seconds: at least half the rate.
            await().atMost(Duration.ofSeconds(2)).until(() -> received.get() >= 50_000);

            assertThat(generator.messagesPublished()).isGreaterThanOrEqualTo(50_000);
        }
    }

    @Test
    void givesEachAccountItsLimitAndThenStopsByItself() {
        Map<String, AtomicLong> perAccount = new ConcurrentHashMap<>();
        AtomicReference<Thread> generating = new AtomicReference<>();
        List<Account> accounts = accounts(3);
        try (ActivityGenerator generator = ActivityGenerator.builder((account, event) -> {
            generating.set(Thread.currentThread());
            perAccount.computeIfAbsent(account, id -> new AtomicLong()).incrementAndGet();
        }).accounts(accounts).messagesPerSecondPerAccount(0).messageLimitPerAccount(1_000).build()) {
            generator.start();

            await().atMost(Duration.ofSeconds(10)).until(() -> generating.get() != null && !generating.get().isAlive());

            assertThat(generator.messagesPublished()).isEqualTo(3_000);
            for (Account account : accounts) {
                assertThat(perAccount.get(account.accountId())).hasValue(1_000);
                assertThat(generator.messagesPublished(account.accountId())).isEqualTo(1_000);
            }
        }
    }

    @Test
    void pacedGenerationAlsoStopsAtTheLimit() {
        AtomicLong received = new AtomicLong();
        try (ActivityGenerator generator = ActivityGenerator.builder((account, event) -> received.incrementAndGet())
                .accounts(accounts(2)).messagesPerSecondPerAccount(500).messageLimitPerAccount(100).build()) {
            generator.start();

            await().atMost(Duration.ofSeconds(10)).until(() -> received.get() == 200);
        }
        assertThat(received).hasValue(200);
    }

    @Test
    void closeEndsTheDaemonThreadAndIsIdempotent() {
        AtomicReference<Thread> generating = new AtomicReference<>();
        ActivityGenerator generator =
                ActivityGenerator.builder((account, event) -> generating.set(Thread.currentThread()))
                        .accounts(accounts(1)).messagesPerSecondPerAccount(1_000).build();
        generator.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> generating.get() != null);

        generator.close();

        Thread thread = generating.get();
        assertThat(thread.getName()).isEqualTo(ActivityGenerator.THREAD_NAME);
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.isAlive()).isFalse();
        generator.close();
        assertThatThrownBy(generator::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAGeneratorThatNeverStartedIsFine() {
        ActivityGenerator generator = ActivityGenerator.builder((account, event) -> {
        })
                .accounts(accounts(1)).build();

        generator.close();

        assertThat(generator.messagesPublished()).isZero();
    }

    @Test
    void keepsGoingWhenTheSinkThrows() {
        AtomicLong calls = new AtomicLong();
        try (ActivityGenerator generator = ActivityGenerator.builder((account, event) -> {
            if (calls.incrementAndGet() <= 100) {
                throw new IllegalStateException("subscriber queue is gone");
            }
        }).accounts(accounts(1)).messagesPerSecondPerAccount(0).messageLimitPerAccount(500).build()) {
            generator.start();

            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() == 500);

            assertThat(generator.publishFailures()).isEqualTo(100);
            assertThat(generator.messagesPublished()).isEqualTo(400);
        }
    }

    @Test
    void theSameSeedGivesEveryAccountTheSameMessages() {
        assertThat(collect(7)).isEqualTo(collect(7)).isNotEqualTo(collect(8));
    }

    @Test
    void rejectsDuplicateAccountsAndBadSettings() {
        ActivitySink sink = (account, event) -> {
        };
        List<Account> twice = List.of(accounts(1).get(0), accounts(1).get(0));

        assertThatThrownBy(() -> ActivityGenerator.builder(sink).accounts(twice).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGenerator.builder(sink).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGenerator.builder(sink).messagesPerSecondPerAccount(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGenerator.builder(sink).messagesPerSecondPerAccount(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGenerator.builder(sink).messageLimitPerAccount(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, List<ActivityEvent>> collect(long seed) {
        Map<String, List<ActivityEvent>> received = new ConcurrentHashMap<>();
        try (ActivityGenerator generator = ActivityGenerator.builder(
                (account, event) -> received.computeIfAbsent(account, id -> new ArrayList<>()).add(event))
                .accounts(accounts(2)).messagesPerSecondPerAccount(0).messageLimitPerAccount(300).seed(seed)
                .clock(CLOCK).build()) {
            generator.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> generator.messagesPublished() == 600);
        }
        return received;
    }

    private static List<Account> accounts(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new Account(String.valueOf(100_000 + n), String.format("ACC%04d", n),
                        new BigDecimal("1000000.00")))
                .collect(Collectors.toList());
    }
}
