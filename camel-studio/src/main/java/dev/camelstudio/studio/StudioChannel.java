package dev.camelstudio.studio;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Studio WebSocket channels this component can consume; the endpoint path names one. */
public enum StudioChannel {

    /** Trading activity of an account: orders, trades, positions, buying power, locate inventory. */
    ACTIVITY;

    /**
     * The channel's name in an endpoint URI.
     *
     * @return the constant's name in lower case, e.g. {@code activity}
     */
    public String uriName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The channel named in an endpoint URI; an unknown name gives an error that lists the valid ones.
     *
     * @param name the endpoint path, e.g. {@code activity}; matched exactly, in lower case
     * @return the channel with that {@link #uriName()}
     * @throws IllegalArgumentException if no channel has that name
     */
    public static StudioChannel fromUri(String name) {
        for (StudioChannel channel : values()) {
            if (channel.uriName().equals(name)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("Unknown Studio channel '" + name + "' in studio:" + name
                + ". Valid channels: " + validNames() + ", e.g. studio:activity?accountId=...");
    }

    private static String validNames() {
        return Arrays.stream(values()).map(StudioChannel::uriName).collect(Collectors.joining(", "));
    }
}
