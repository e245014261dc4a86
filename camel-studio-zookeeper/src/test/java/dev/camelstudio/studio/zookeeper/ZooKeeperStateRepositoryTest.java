package dev.camelstudio.studio.zookeeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.camelstudio.studio.delivery.PositionNotSavedException;

import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The position repository on a real ZooKeeper: round trips, and writes that never move a position back. */
class ZooKeeperStateRepositoryTest {

    private static final String KEY = "studio:100000";

    @RegisterExtension
    EmbeddedZooKeeper zooKeeper = new EmbeddedZooKeeper();

    private ZooKeeperStateRepository repository;

    @BeforeEach
    void start() {
        repository = repository();
    }

    @AfterEach
    void stop() {
        repository.stop();
    }

    private ZooKeeperStateRepository repository() {
        ZooKeeperStateRepository started = new ZooKeeperStateRepository(zooKeeper.connectString());
        // Short, so that the test without ZooKeeper gives up soon.
        started.getZooKeeper().setSessionTimeout(Duration.ofSeconds(2));
        started.getZooKeeper().setConnectionTimeout(Duration.ofMillis(300));
        started.start();
        return started;
    }

    @Test
    void aKeyNeverWrittenHasNoPositionAndAWrittenOneReadsBackInAnotherInstance() throws Exception {
        assertThat(repository.getState(KEY)).isNull();
        repository.setState(KEY, "2026-03-02:41");
        ZooKeeperStateRepository other = repository();
        try {
            assertThat(other.getState(KEY)).isEqualTo("2026-03-02:41");
        } finally {
            other.stop();
        }
        assertThat(zooKeeper.children("/camel-studio/positions")).containsExactly(KEY);
    }

    @Test
    void aWriteBehindThePositionHeldIsRefusedAndALaterDayIsAhead() {
        repository.setState(KEY, "2026-03-02:41");
        repository.setState(KEY, "2026-03-02:40");
        repository.setState(KEY, "2026-03-01:900");
        assertThat(repository.getState(KEY)).isEqualTo("2026-03-02:41");
        assertThat(repository.getRefusedWrites()).isEqualTo(2);

        repository.setState(KEY, "2026-03-02:41");
        repository.setState(KEY, "2026-03-03:1");
        assertThat(repository.getState(KEY)).isEqualTo("2026-03-03:1");
        assertThat(repository.getRefusedWrites()).as("the same position again is no refusal").isEqualTo(2);
        // Per key too, for the consumer's studio_positions_refused meter.
        assertThat(repository.refusedWrites(KEY)).isEqualTo(2);
        assertThat(repository.refusedWrites("studio:another")).isZero();
    }

    @Test
    void twoInstancesWritingAtOnceEndOnTheLatestPosition() {
        ZooKeeperStateRepository other = repository();
        try {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (ZooKeeperStateRepository writer : List.of(repository, other)) {
                writers.add(CompletableFuture.runAsync(() -> {
                    for (int sequence = 1; sequence <= 100; sequence++) {
                        writer.setState(KEY, "2026-03-02:" + sequence);
                    }
                }));
            }
            writers.forEach(CompletableFuture::join);
            // And one of them, deposed, tries to go back.
            other.setState(KEY, "2026-03-02:50");
            assertThat(repository.getState(KEY)).isEqualTo("2026-03-02:100");
        } finally {
            other.stop();
        }
    }

    @Test
    void aValueThatIsNotAPositionIsRefusedAtOnce() {
        assertThatThrownBy(() -> repository.setState(KEY, "41")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yyyy-MM-dd:sequence");
        assertThatThrownBy(() -> repository.getState("studio/100000"))
                .hasMessageContaining("without '/'");
    }

    @Test
    void readingWithoutZooKeeperFailsLoudlyInsteadOfStartingFromTheBeginning() throws Exception {
        repository.setState(KEY, "2026-03-02:41");
        zooKeeper.stop();
        assertThatThrownBy(() -> repository.getState(KEY)).isInstanceOf(RuntimeCamelException.class)
                .hasMessageContaining("Could not read the position " + KEY + " from ZooKeeper (" + zooKeeper
                        .connectString())
                .hasMessageContaining("Check that the ensemble is reachable");
        // A write that fails says so (the consumer then delivers nothing more until it is saved), and leaves the
        // position where it was.
        assertThatThrownBy(() -> repository.setState(KEY, "2026-03-02:42"))
                .isInstanceOf(PositionNotSavedException.class);
        zooKeeper.restart();
        assertThat(repository.getState(KEY)).isEqualTo("2026-03-02:41");
    }

    @Test
    void withoutAnEnsembleItSaysWhichOptionToSet() {
        ZooKeeperStateRepository unset = new ZooKeeperStateRepository();
        assertThatThrownBy(unset::start).hasMessageContaining("set nodes");
    }
}
