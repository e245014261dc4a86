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
        /** The least urgent. */
        SUPER_PASSIVE,
        /** Less urgent than moderate. */
        PASSIVE,
        /** Studio's default urgency. */
        MODERATE,
        /** More urgent than moderate. */
        AGGRESSIVE,
        /** The most urgent. */
        SUPER_AGGRESSIVE
    }

    /** DMA venues (market identifier codes); the wire value is the lower-case name. */
    public enum Destination {
        /** NYSE Arca. */
        ARCX,
        /** BATS Exchange (now Cboe BZX). */
        BATS,
        /** BATS Y Exchange (now Cboe BYX). */
        BATY,
        /** EDGA Exchange (Cboe EDGA). */
        EDGA,
        /** EDGX Exchange (Cboe EDGX). */
        EDGX,
        /** MIAX Pearl Equities. */
        EPRL,
        /** Investors Exchange (IEX). */
        IEXG,
        /** Members Exchange (MEMX). */
        MEMX,
        /** NYSE American. */
        XASE,
        /** Nasdaq BX. */
        XBOS,
        /** NYSE National. */
        XCIS,
        /** Nasdaq (the Global Market, NMS). */
        XNMS,
        /** New York Stock Exchange. */
        XNYS
    }

    /**
     * Refuses a missing type, a SOR strategy with a destination, and a DMA strategy without a destination or with an
     * urgency.
     *
     * @param type        the strategy type
     * @param urgency     for {@link Type#SOR} only: how aggressively to route, or {@code null} to leave it out
     * @param destination for {@link Type#DMA} only, required there: the venue to send the order to
     */
    public OrderStrategy {
        Objects.requireNonNull(type, "type");
        if (type == Type.SOR && destination != null) {
            throw new IllegalArgumentException("a sor strategy has no destination");
        }
        if (type == Type.DMA && (destination == null || urgency != null)) {
            throw new IllegalArgumentException("a dma strategy has a destination and no urgency");
        }
    }

    /**
     * Smart order routing with the given urgency ({@code null} to leave it out).
     *
     * @param urgency how aggressively to route, or {@code null}
     * @return the {@code sor} strategy
     */
    public static OrderStrategy sor(Urgency urgency) {
        return new OrderStrategy(Type.SOR, urgency, null);
    }

    /**
     * Direct market access to the given venue.
     *
     * @param destination the venue; not {@code null}
     * @return the {@code dma} strategy
     */
    public static OrderStrategy dma(Destination destination) {
        return new OrderStrategy(Type.DMA, null, destination);
    }
}
