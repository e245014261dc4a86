package dev.camelstudio.benchmarks;

import java.io.IOException;
import java.time.Instant;

import dev.camelstudio.studio.StudioConstants;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The hand-written peer's work per frame, what a user writes in an afternoon to do camel-studio {@code bodyType=json}'s
 * job: the text as the body, and one Jackson streaming pass that sets the same headers as plain values (type and raw
 * type, both timestamps, sequence, account, order id, status and version), skipping everything else, beside the
 * constant ones (channel, connection, replay: never, as it does not track replays). No envelope checks, no enums.
 * Thread-safe: a {@link JsonFactory} is.
 */
final class HandWrittenDecoder {

    private static final String CHANNEL = "activity";
    private static final String CONNECTION = "connection-1";

    private final JsonFactory json = new JsonFactory();

    /**
     * Sets the body and the headers of {@code frame} on {@code message}.
     *
     * @return the frame's sequence, or -1 when it has none
     */
    long fill(String frame, Message message) throws IOException {
        message.setBody(frame);
        message.setHeader(StudioConstants.CHANNEL, CHANNEL);
        message.setHeader(StudioConstants.CONNECTION_ID, CONNECTION);
        message.setHeader(StudioConstants.REPLAY, Boolean.FALSE);
        long sequence = -1;
        try (JsonParser parser = json.createParser(frame)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "timestamp" -> {
                        long millis = parser.getLongValue();
                        message.setHeader(StudioConstants.TIMESTAMP, Instant.ofEpochMilli(millis));
                        message.setHeader(Exchange.MESSAGE_TIMESTAMP, millis);
                    }
                    case "sequence" -> {
                        sequence = parser.getLongValue();
                        message.setHeader(StudioConstants.SEQUENCE, sequence);
                    }
                    case "payload" -> readObject(parser, message);
                    default -> parser.skipChildren();
                }
            }
        }
        return sequence;
    }

    /** Sets the headers found in payload, recursing into its data. */
    private static void readObject(JsonParser parser, Message message) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "type" -> {
                    String type = parser.getText();
                    message.setHeader(StudioConstants.MESSAGE_TYPE, type);
                    message.setHeader(StudioConstants.RAW_MESSAGE_TYPE, type);
                }
                case "account_id" -> message.setHeader(StudioConstants.ACCOUNT_ID, parser.getText());
                case "order_id" -> message.setHeader(StudioConstants.ORDER_ID, parser.getText());
                case "status" -> message.setHeader(StudioConstants.ORDER_STATUS, parser.getText());
                case "version" -> message.setHeader(StudioConstants.ORDER_VERSION, parser.getLongValue());
                case "data" -> readObject(parser, message);
                default -> parser.skipChildren();
            }
        }
    }
}
