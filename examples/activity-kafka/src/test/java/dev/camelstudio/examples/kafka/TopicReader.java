package dev.camelstudio.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a one-partition topic back from its start with a plain Kafka consumer, as a downstream application would, and
 * keeps what it read: the test polls it until it has what it waits for. No consumer group: it assigns itself the
 * partition and commits nothing.
 */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    /** What was read so far; only the test's thread polls. */
    private final List<ConsumerRecord<String, String>> read = new ArrayList<>();

    TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    /** Polls once, briefly, and returns every record read so far. */
    List<ConsumerRecord<String, String>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(read::add);
        return List.copyOf(read);
    }

    /** The sequences of every record read so far, in the topic's order. */
    List<Long> sequences() {
        return poll().stream().map(TopicReader::sequenceOf).toList();
    }

    static long sequenceOf(ConsumerRecord<String, String> record) {
        return Long.parseLong(header(record, "studio-sequence"));
    }

    /** A record header the route set, as the text it is. */
    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
