package dev.camelstudio.studio;

import java.nio.charset.StandardCharsets;

import dev.camelstudio.studio.protocol.BuyingPowerUpdate;
import dev.camelstudio.studio.protocol.FrameDecoder;
import dev.camelstudio.studio.protocol.LocateInventoryUpdate;
import dev.camelstudio.studio.protocol.OrderUpdate;
import dev.camelstudio.studio.protocol.PositionUpdate;
import dev.camelstudio.studio.protocol.StudioMessage;
import dev.camelstudio.studio.protocol.TradeNotice;

import org.apache.camel.Converter;
import org.apache.camel.Exchange;
import org.apache.camel.spi.TypeConverterRegistry;

/**
 * Type converters from a Studio frame's JSON text (the default body) to the decoded records, so that a route can
 * carry the exact JSON and still {@code convertBodyTo(OrderUpdate.class)}, or to the domain record inside
 * ({@code Order}, {@code Trade}, {@code Position}, {@code BuyingPower}, {@code LocateInventory}).
 */
@Converter(generateLoader = true)
public final class StudioTypeConverters {

    private static final FrameDecoder DECODER = new FrameDecoder();

    private StudioTypeConverters() {
    }

    /**
     * Decodes a frame into the record of its type.
     *
     * @param frame the frame's JSON text
     * @return the decoded message
     */
    @Converter
    public static StudioMessage toStudioMessage(String frame) {
        return DECODER.decode(frame);
    }

    /**
     * Converts a frame (text or bytes) into any message record, or into the domain object a message carries; returns
     * null (no conversion) when the body is not such a frame or is a frame of another type.
     *
     * @param type     the type asked for; only {@link StudioMessage} and the records of its package (the messages
     *                 and the domain records) are converted to
     * @param exchange the exchange the body belongs to (unused)
     * @param value    the body: a frame's JSON text, as a String or UTF-8 bytes
     * @param registry the type converter registry (unused)
     * @return the message or the domain record of the requested type, or {@code null} if there is none
     */
    @Converter(fallback = true)
    public static Object toStudioRecord(Class<?> type, Exchange exchange, Object value,
            TypeConverterRegistry registry) {
        if (!isStudioRecord(type) || !(value instanceof String || value instanceof byte[])) {
            return null;
        }
        String frame = value instanceof String text ? text : new String((byte[]) value, StandardCharsets.UTF_8);
        if (!frame.contains("\"payload\"")) {
            return null;
        }
        StudioMessage message = DECODER.decode(frame);
        if (type.isInstance(message)) {
            return message;
        }
        Object data = dataOf(message);
        return type.isInstance(data) ? data : null;
    }

    private static boolean isStudioRecord(Class<?> type) {
        return type.getPackage() != null
                && StudioMessage.class.getPackageName().equals(type.getPackage().getName())
                && (type.isRecord() || type == StudioMessage.class);
    }

    private static Object dataOf(StudioMessage message) {
        if (message instanceof OrderUpdate update) {
            return update.order();
        }
        if (message instanceof TradeNotice notice) {
            return notice.trade();
        }
        if (message instanceof PositionUpdate update) {
            return update.position();
        }
        if (message instanceof BuyingPowerUpdate update) {
            return update.buyingPower();
        }
        if (message instanceof LocateInventoryUpdate update) {
            return update.locateInventory();
        }
        return null;
    }
}
