package dev.camelstudio.studio.protocol;

import java.util.Locale;

/**
 * An enum of the Studio wire format whose constant names are the kebab-case wire values in upper case
 * with {@code _} for {@code -}: constant {@code SELL_SHORT} stands for {@code "sell-short"}.
 *
 * <p>Every implementing enum has a constant {@code UNKNOWN}. The decoder maps any value this version does
 * not know to it instead of failing, because the server may add values at any time (docs/protocol.md §6-15).
 * {@code UNKNOWN} does not remember the value received; its own {@link #wireValue()} is {@code "unknown"}.
 */
public interface WireEnum {

    /**
     * The constant name; implemented by {@link Enum#name()}.
     *
     * @return the constant name
     */
    String name();

    /**
     * The value as it appears on the wire, e.g. {@code "sell-short"}.
     *
     * @return the wire value; {@code "unknown"} for {@code UNKNOWN}
     */
    default String wireValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
