package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An account's position in one symbol, as a {@code position-update} reports it (docs/protocol.md §4.6).
 *
 * @param quantity    the signed quantity: positive long, negative short
 * @param averageCost the average price paid for (or, short, received for) the open quantity; zero when flat
 */
public record Position(BigDecimal quantity, BigDecimal averageCost) {

    /** No position. */
    public static final Position FLAT = new Position(BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * Refuses a missing component and a negative average cost.
     *
     * @param quantity    the signed quantity: positive long, negative short
     * @param averageCost the average price paid for (or, short, received for) the open quantity; zero when flat
     */
    public Position {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averageCost, "averageCost");
        if (averageCost.signum() < 0) {
            throw new IllegalArgumentException("averageCost must not be negative: " + averageCost);
        }
    }

    /**
     * The position after an execution. Adding to the position moves the average cost towards the price; reducing it
     * keeps the average cost (the difference is realised profit or loss); crossing zero starts afresh at the price.
     *
     * @param signedQuantity the execution as a change of position (see {@link OrderRequest.Side#signed})
     * @param price          the execution price
     * @return the position after the execution; {@link #FLAT} if it closes the position
     */
    public Position apply(BigDecimal signedQuantity, BigDecimal price) {
        BigDecimal after = quantity.add(signedQuantity);
        if (after.signum() == 0) {
            return FLAT;
        }
        if (quantity.signum() == 0 || after.signum() != quantity.signum()) {
            return new Position(after, Decimals.price(price));
        }
        if (signedQuantity.signum() == quantity.signum()) {
            return new Position(after,
                    Decimals.weightedAverage(averageCost, quantity.abs(), price, signedQuantity.abs()));
        }
        return new Position(after, averageCost);
    }
}
