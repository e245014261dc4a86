package dev.camelstudio.simulator.activity;

import java.util.Objects;

/**
 * The execution strategy of an order (docs/protocol.md §4.11). Only the two strategy types that the strictest known client
 * (the Rust crate, which fails on any other {@code type}) can read are offered, so that every order the simulator emits
 * parses everywhere.
 *
 * @param type        the strategy type
 * @param urgency     for {@link Type#SOR} only: how aggressively to route, or {@code null} to leave it out
 * @param destination for {@link Type#DMA} only, required there: the venue to send the order to
 */
public record OrderStrategy(Type type, Urgency urgency, Destination destination) {

    /** The strategy {@code type} discriminator; the wire value is the lower-case name. */
    public enum Type {
        /** Smart order router, Studio's default. */
        SOR,
        /** Direct market access to one venue. */
        DMA
    }

    /** SOR urgency; the wire value is the name in lower-case kebab-case, e.g. {@code super-passive}. */
    public enum Urgency {
        SUPER_PASSIVE, PASSIVE, MODERATE, AGGRESSIVE, SUPER_AGGRESSIVE
    }

    /** DMA venues (market identifier codes); the wire value is the lower-case name. */
    public enum Destination {
        ARCX, BATS, BATY, EDGA, EDGX, EPRL, IEXG, MEMX, XASE, XBOS, XCIS, XNMS, XNYS
    }

    public OrderStrategy {
        Objects.requireNonNull(type, "type");
        if (type == Type.SOR && destination != null) {
            throw new IllegalArgumentException("a sor strategy has no destination");
        }
        if (type == Type.DMA && (destination == null || urgency != null)) {
            throw new IllegalArgumentException("a dma strategy has a destination and no urgency");
        }
    }

    /** Smart order routing with the given urgency ({@code null} to leave it out). */
    public static OrderStrategy sor(Urgency urgency) {
        return new OrderStrategy(Type.SOR, urgency, null);
    }

    /** Direct market access to the given venue. */
    public static OrderStrategy dma(Destination destination) {
        return new OrderStrategy(Type.DMA, null, destination);
    }
}
