package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Shares located for short selling in one symbol, as a {@code locate-inventory-update} reports them
 * (docs/protocol.md §4.8). A short sale reserves shares when it is placed, uses them as it fills and gives back what it did
 * not fill; used shares stay used for the day.
 *
 * @param available located shares free for new short sales
 * @param reserved  shares held for open short-sale orders
 * @param used      shares consumed by short-sale executions
 */
public record LocateInventory(BigDecimal available, BigDecimal reserved, BigDecimal used) {

    /** Nothing located yet. */
    public static final LocateInventory NONE = new LocateInventory(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * Refuses a missing or negative quantity.
     *
     * @param available located shares free for new short sales
     * @param reserved  shares held for open short-sale orders
     * @param used      shares consumed by short-sale executions
     */
    public LocateInventory {
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(used, "used");
        if (available.signum() < 0 || reserved.signum() < 0 || used.signum() < 0) {
            throw new IllegalArgumentException(
                    "locate quantities must not be negative: " + available + "/" + reserved + "/" + used);
        }
    }

    /**
     * More shares located.
     *
     * @param quantity the shares newly located
     * @return the inventory with them added to the available shares
     */
    public LocateInventory locate(BigDecimal quantity) {
        return new LocateInventory(available.add(quantity), reserved, used);
    }

    /**
     * Shares set aside for a new short-sale order; there must be enough available.
     *
     * @param quantity the order's quantity
     * @return the inventory with the shares moved from available to reserved
     * @throws IllegalArgumentException if fewer shares are available
     */
    public LocateInventory reserve(BigDecimal quantity) {
        return new LocateInventory(available.subtract(quantity), reserved.add(quantity), used);
    }

    /**
     * Reserved shares consumed by a short-sale execution.
     *
     * @param quantity the executed quantity
     * @return the inventory with the shares moved from reserved to used
     */
    public LocateInventory use(BigDecimal quantity) {
        return new LocateInventory(available, reserved.subtract(quantity), used.add(quantity));
    }

    /**
     * Reserved shares given back by a short-sale order that ended without filling them.
     *
     * @param quantity the order's unfilled quantity
     * @return the inventory with the shares moved from reserved back to available
     */
    public LocateInventory release(BigDecimal quantity) {
        return new LocateInventory(available.add(quantity), reserved.subtract(quantity), used);
    }
}
