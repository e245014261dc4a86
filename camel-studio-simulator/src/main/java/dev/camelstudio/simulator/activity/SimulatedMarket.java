package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The market an {@link OrderBook} trades in: a fixed list of symbols whose mid prices each take a small random step
 * whenever an order is placed in them, staying within 20 % of a plausible base price. Not thread-safe.
 */
final class SimulatedMarket {

    private static final Map<String, BigDecimal> BASE_PRICES = basePrices();

    /** The symbols traded, in a fixed order (the order matters for reproducible random choices). */
    static final List<String> SYMBOLS = List.copyOf(BASE_PRICES.keySet());

    /** One step moves the mid by a normally distributed 0.1 % on average. */
    private static final double STEP_DEVIATION = 0.001;
    private static final BigDecimal LOWEST = new BigDecimal("0.8");
    private static final BigDecimal HIGHEST = new BigDecimal("1.2");

    private final RandomGenerator random;
    private final Map<String, BigDecimal> mids = new HashMap<>(BASE_PRICES);

    SimulatedMarket(RandomGenerator random) {
        this.random = random;
    }

    String randomSymbol() {
        return SYMBOLS.get(random.nextInt(SYMBOLS.size()));
    }

    BigDecimal mid(String symbol) {
        return mids.get(symbol);
    }

    /** Moves the symbol's mid one random step and returns the new mid, in cents. */
    BigDecimal move(String symbol) {
        BigDecimal base = BASE_PRICES.get(symbol);
        BigDecimal step = BigDecimal.valueOf(1 + random.nextGaussian() * STEP_DEVIATION);
        BigDecimal moved = mids.get(symbol).multiply(step);
        BigDecimal mid = Decimals.cents(moved.max(base.multiply(LOWEST)).min(base.multiply(HIGHEST)));
        mids.put(symbol, mid);
        return mid;
    }

    private static Map<String, BigDecimal> basePrices() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("AAPL", new BigDecimal("190.00"));
        prices.put("MSFT", new BigDecimal("415.00"));
        prices.put("XOM", new BigDecimal("112.00"));
        prices.put("JPM", new BigDecimal("198.00"));
        prices.put("NVDA", new BigDecimal("120.00"));
        prices.put("KO", new BigDecimal("62.00"));
        prices.put("TSLA", new BigDecimal("245.00"));
        prices.put("AMZN", new BigDecimal("185.00"));
        return prices;
    }
}
