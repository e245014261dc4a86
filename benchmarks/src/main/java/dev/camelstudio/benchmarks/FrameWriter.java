package dev.camelstudio.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes server frames from byte templates into a buffered stream: the text is assembled in a reused array with the
 * numbers and the account patched in, then framed (FIN, text opcode, unmasked) without allocating. One per connection,
 * used by its writer thread only.
 */
final class FrameWriter {

    private static final byte[] ORDER_1 = ascii("{\"timestamp\":");
    private static final byte[] ORDER_2 = ascii(",\"sequence\":");
    private static final byte[] ORDER_3 = ascii(",\"payload\":{\"type\":\"order-update\",\"data\":{"
            + "\"created_at\":1711076849000,\"updated_at\":");
    private static final byte[] ORDER_4 = ascii(",\"order_id\":\"");
    private static final byte[] ORDER_5 = ascii("\",\"reference_id\":\"bench\",\"version\":");
    private static final byte[] ORDER_6 = ascii(",\"account_id\":\"");
    private static final byte[] ORDER_7 = ascii("\",\"account_number\":\"ACC0001\",\"state\":\"open\","
            + "\"status\":\"partially-filled\",\"symbol\":\"AAPL\",\"order_type\":\"limit\",\"side\":\"buy\","
            + "\"quantity\":\"100\",\"price\":\"123.45\",\"time_in_force\":\"day\",\"average_price\":123.40,"
            + "\"filled_quantity\":\"40\",\"order_update_reason\":\"execution-report\",\"text\":\"\","
            + "\"strategy\":{\"type\":\"sor\",\"urgency\":\"moderate\"},\"running_position\":\"40\"}}}");
    private static final byte[] ACK_1 = ascii("{\"timestamp\":");
    private static final byte[] ACK_2 = ascii(",\"payload\":{\"type\":\"subscribe-activity-ack\",\"account_id\":\"");
    private static final byte[] ACK_3 = ascii("\",\"success\":true,\"details\":\"Subscribed successfully\"}}");
    private static final byte[] COMPLETE_2 = ascii(",\"payload\":{\"type\":\"replay-complete\",\"account_id\":\"");
    private static final byte[] COMPLETE_3 = ascii("\"}}");

    private final OutputStream out;
    private final byte[] text = new byte[4096];
    private final byte[] header = new byte[4];
    private int length;

    FrameWriter(OutputStream out) {
        this.out = out;
    }

    /** An order-update of {@code accountId} with this sequence (also its order id and version). */
    void orderUpdate(String accountId, long sequence) {
        assembleOrderUpdate(accountId, sequence);
        frame(1);
    }

    /** The text of one {@link #orderUpdate} frame, for the JMH benchmark that decodes what this server sends. */
    static String orderUpdateText(String accountId, long sequence) {
        FrameWriter writer = new FrameWriter(OutputStream.nullOutputStream());
        writer.assembleOrderUpdate(accountId, sequence);
        return new String(writer.text, 0, writer.length, StandardCharsets.US_ASCII);
    }

    private void assembleOrderUpdate(String accountId, long sequence) {
        long millis = System.currentTimeMillis();
        length = 0;
        put(ORDER_1).put(millis).put(ORDER_2).put(sequence).put(ORDER_3).put(millis).put(ORDER_4).put(sequence)
                .put(ORDER_5).put(sequence).put(ORDER_6).put(accountId).put(ORDER_7);
    }

    void ack(String accountId) {
        length = 0;
        put(ACK_1).put(System.currentTimeMillis()).put(ACK_2).put(accountId).put(ACK_3);
        frame(1);
    }

    void replayComplete(String accountId) {
        length = 0;
        put(ACK_1).put(System.currentTimeMillis()).put(COMPLETE_2).put(accountId).put(COMPLETE_3);
        frame(1);
    }

    void pong(byte[] payload) {
        length = 0;
        System.arraycopy(payload, 0, text, 0, payload.length);
        length = payload.length;
        frame(10);
        flush();
    }

    void close() {
        length = 0;
        frame(8);
        flush();
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void frame(int opcode) {
        header[0] = (byte) (0x80 | opcode);
        int headerLength;
        if (length < 126) {
            header[1] = (byte) length;
            headerLength = 2;
        } else {
            header[1] = 126;
            header[2] = (byte) (length >>> 8);
            header[3] = (byte) length;
            headerLength = 4;
        }
        try {
            out.write(header, 0, headerLength);
            out.write(text, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FrameWriter put(byte[] bytes) {
        System.arraycopy(bytes, 0, text, length, bytes.length);
        length += bytes.length;
        return this;
    }

    private FrameWriter put(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            text[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    private FrameWriter put(long value) {
        int start = length;
        do {
            text[length++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte swap = text[i];
            text[i] = text[j];
            text[j] = swap;
        }
        return this;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
