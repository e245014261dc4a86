package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

import dev.camelstudio.simulator.activity.OrderRequest.OrderType;
import dev.camelstudio.simulator.activity.OrderRequest.Side;
import dev.camelstudio.simulator.activity.OrderRequest.TimeInForce;

/**
 * One account's simulated trading, advanced one lifecycle step at a time by {@link #step()}.
 * <p>
 * Each step either places an order or advances one open order. An order is placed as version 1 ({@code new},
 * {@code open}, reason {@code place}) and then, one version per step, is filled in one or more executions until
 * {@code filled}, or is {@code canceled}, {@code rejected} (with the reason in {@code text}) or {@code replaced} at a
 * new price. Every execution produces, in this order, the {@code order-update}, a {@code trade-notice}, the
 * {@code position-update} and the {@code buying-power-update}. A short sale is preceded by a
 * {@code locate-inventory-update} that reserves its shares, and each of its executions, and its cancel or reject, is
 * followed by one that uses or gives back shares.
 * <p>
 * The book keeps its account consistent with its fills: a position is the sum of the signed fills in its symbol (with
 * their average cost), and buying power is the starting buying power minus the signed notional of every fill (buys
 * spend cash, sales and short sales bring it in). Buys are sized to the buying power left after open buy orders; it
 * may still dip slightly below zero when a market order fills above the price it was sized at.
 * <p>
 * Only open orders are kept (at most {@code maxOpenOrders}); ended ones are forgotten. The book is deterministic: the
 * same account, random generator state and clock readings give the same events. Not thread-safe.
 */
public final class OrderBook {

    /** The symbols the book trades. */
    public static final List<String> SYMBOLS = SimulatedMarket.SYMBOLS;

    /** How many orders may be open at once unless the constructor says otherwise. */
    public static final int DEFAULT_MAX_OPEN_ORDERS = 20;

    // The odds, in percent, that shape the activity. With these a typical order lives a handful of steps, a few orders
    // are open at once, and every lifecycle path shows up within a few hundred steps.
    private static final int PLACE_PERCENT = 25;
    /** An advance rolls 0-99: below this an unfilled order is rejected... */
    private static final int REJECT_BELOW = 4;
    /** ...below this a resting order is canceled (so a partly filled one a little more often than an unfilled one)... */
    private static final int CANCEL_BELOW = 12;
    /** ...below this a resting order is replaced; everything else is an execution. */
    private static final int REPLACE_BELOW = 20;
    private static final int FILL_ALL_PERCENT = 40;
    private static final int SELL_PERCENT = 40;
    private static final int BUY_PERCENT = 45;
    private static final int LIMIT_PERCENT = 70;
    private static final int MARKET_PERCENT = 15;
    private static final int STOP_PERCENT = 8;
    private static final int DAY_PLUS_PERCENT = 15;
    private static final int DMA_PERCENT = 20;

    private static final BigDecimal LOT = BigDecimal.valueOf(100);
    private static final int MAX_LOTS = 10;
    private static final int MAX_PRICE_OFFSET_CENTS = 20;
    private static final int MAX_REPLACE_CENTS = 10;
    private static final BigDecimal STOP_LIMIT_SPREAD = new BigDecimal("0.05");
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");
    /** Locates are requested in blocks larger than any order, so one block always covers the short sale at hand. */
    private static final BigDecimal LOCATE_BLOCK = BigDecimal.valueOf(5_000);
    /** Buys are sized 1 % under the buying power left, as a stop or limit may sit a little above the market. */
    private static final BigDecimal BUYING_POWER_HEADROOM = new BigDecimal("1.01");

    private static final List<String> REJECT_REASONS = List.of(
            "Price is outside the limit-up/limit-down band",
            "Trading in the symbol is halted",
            "Order exceeds the account's maximum order size",
            "Venue is not accepting orders");
    private static final List<OrderStrategy.Urgency> URGENCIES = List.of(OrderStrategy.Urgency.values());
    private static final List<OrderStrategy.Destination> DESTINATIONS = List.of(OrderStrategy.Destination.values());

    private final Account account;
    private final RandomGenerator random;
    private final Clock clock;
    private final int maxOpenOrders;
    private final SimulatedMarket market;
    private final List<SimOrder> openOrders = new ArrayList<>();
    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, LocateInventory> locates = new HashMap<>();
    private BigDecimal buyingPower;
    private long lastOrderNumber;
    private long lastTradeNumber;

    /**
     * A book with at most {@link #DEFAULT_MAX_OPEN_ORDERS} open orders.
     *
     * @param account the account whose activity this is; trading starts from its starting buying power
     * @param random  the source of every random choice; owned by the book from now on
     * @param clock   the time of every {@code created_at}/{@code updated_at}
     */
    public OrderBook(Account account, RandomGenerator random, Clock clock) {
        this(account, random, clock, DEFAULT_MAX_OPEN_ORDERS);
    }

    /**
     * A book with no order yet, for one account.
     *
     * @param account       the account whose activity this is; trading starts from its starting buying power
     * @param random        the source of every random choice; owned by the book from now on
     * @param clock         the time of every {@code created_at}/{@code updated_at}
     * @param maxOpenOrders how many orders may be open at once, at least 1
     */
    public OrderBook(Account account, RandomGenerator random, Clock clock, int maxOpenOrders) {
        this.account = Objects.requireNonNull(account, "account");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxOpenOrders < 1) {
            throw new IllegalArgumentException("maxOpenOrders must be at least 1: " + maxOpenOrders);
        }
        this.maxOpenOrders = maxOpenOrders;
        this.market = new SimulatedMarket(random);
        this.buyingPower = account.startingBuyingPower();
    }

    /**
     * Advances the simulated trading by one lifecycle step.
     *
     * @return the events the step produced, in publishing order; never empty
     */
    public List<ActivityEvent> step() {
        long now = clock.millis();
        if (openOrders.isEmpty() || (openOrders.size() < maxOpenOrders && percent() < PLACE_PERCENT)) {
            return place(now);
        }
        return advance(random.nextInt(openOrders.size()), now);
    }

    /**
     * The account this book trades for.
     *
     * @return the account
     */
    public Account account() {
        return account;
    }

    /**
     * The current buying power.
     *
     * @return the starting buying power minus the signed notional of every fill so far
     */
    public BigDecimal buyingPower() {
        return buyingPower;
    }

    /**
     * The current position in a symbol; {@link Position#FLAT} if it was never traded.
     *
     * @param symbol the symbol
     * @return the position in the symbol
     */
    public Position position(String symbol) {
        return positions.getOrDefault(symbol, Position.FLAT);
    }

    /**
     * The current locate inventory of a symbol; {@link LocateInventory#NONE} if it was never shorted.
     *
     * @param symbol the symbol
     * @return the locate inventory of the symbol
     */
    public LocateInventory locateInventory(String symbol) {
        return locates.getOrDefault(symbol, LocateInventory.NONE);
    }

    /**
     * The latest version of every open order, oldest first.
     *
     * @return a snapshot of the open orders
     */
    public List<SimOrder> openOrders() {
        return List.copyOf(openOrders);
    }

    private List<ActivityEvent> place(long now) {
        String symbol = market.randomSymbol();
        BigDecimal mid = market.move(symbol);
        String orderId = account.accountId() + "-" + ++lastOrderNumber;
        OrderRequest request = newRequest("ref-" + orderId, symbol, size(symbol, mid), mid);
        List<ActivityEvent> events = new ArrayList<>(2);
        if (request.side() == Side.SELL_SHORT) {
            BigDecimal quantity = request.quantity();
            events.add(changeLocate(symbol, inventory -> (inventory.available().compareTo(quantity) < 0
                    ? inventory.locate(LOCATE_BLOCK) : inventory).reserve(quantity)));
        }
        SimOrder order = SimOrder.place(orderId, account, request, now);
        openOrders.add(order);
        events.add(orderUpdate(order));
        return events;
    }

    /**
     * Sells from a long position not yet committed to open sell orders, buys within the buying power, and sells short
     * when there is nothing to sell.
     */
    private Sizing size(String symbol, BigDecimal mid) {
        BigDecimal wanted = LOT.multiply(BigDecimal.valueOf(1 + random.nextInt(MAX_LOTS)));
        BigDecimal sellable = sellable(symbol);
        BigDecimal affordable = affordable(mid);
        int roll = percent();
        if (sellable.signum() > 0 && roll < SELL_PERCENT) {
            return new Sizing(Side.SELL, wanted.min(sellable));
        }
        if (affordable.signum() > 0 && roll < SELL_PERCENT + BUY_PERCENT) {
            return new Sizing(Side.BUY, wanted.min(affordable));
        }
        if (sellable.signum() > 0) {
            return new Sizing(Side.SELL, wanted.min(sellable));
        }
        return new Sizing(Side.SELL_SHORT, wanted);
    }

    private OrderRequest newRequest(String referenceId, String symbol, Sizing sizing, BigDecimal mid) {
        OrderType type = orderType();
        boolean buy = sizing.side() == Side.BUY;
        BigDecimal offset = randomCents(MAX_PRICE_OFFSET_CENTS);
        // Stops wait on the far side of the market for it to come. Limits sit either side of it (passive or
        // marketable) and fill at the limit, so that round trips neither make nor lose money on average: otherwise
        // the account would grow its buying power without bound over a long run.
        BigDecimal stopPrice = type.hasStopPrice() ? (buy ? mid.add(offset) : mid.subtract(offset)) : null;
        BigDecimal price = null;
        if (type == OrderType.LIMIT) {
            price = random.nextBoolean() ? mid.subtract(offset) : mid.add(offset);
        } else if (type == OrderType.STOP_LIMIT) {
            price = buy ? stopPrice.add(STOP_LIMIT_SPREAD) : stopPrice.subtract(STOP_LIMIT_SPREAD);
        }
        TimeInForce timeInForce = type != OrderType.MARKET && percent() < DAY_PLUS_PERCENT
                ? TimeInForce.DAY_PLUS : TimeInForce.DAY;
        return new OrderRequest(referenceId, symbol, sizing.side(), type, timeInForce, sizing.quantity(), price,
                stopPrice, strategy());
    }

    private OrderType orderType() {
        int roll = percent();
        if (roll < LIMIT_PERCENT) {
            return OrderType.LIMIT;
        }
        if (roll < LIMIT_PERCENT + MARKET_PERCENT) {
            return OrderType.MARKET;
        }
        return roll < LIMIT_PERCENT + MARKET_PERCENT + STOP_PERCENT ? OrderType.STOP : OrderType.STOP_LIMIT;
    }

    private OrderStrategy strategy() {
        return percent() < DMA_PERCENT
                ? OrderStrategy.dma(DESTINATIONS.get(random.nextInt(DESTINATIONS.size())))
                : OrderStrategy.sor(URGENCIES.get(random.nextInt(URGENCIES.size())));
    }

    private List<ActivityEvent> advance(int index, long now) {
        SimOrder order = openOrders.get(index);
        boolean unfilled = order.filledQuantity().signum() == 0;
        // Market orders execute rather than rest, so only the venue can stop them.
        boolean resting = order.request().orderType() != OrderType.MARKET;
        int roll = percent();
        if (unfilled && roll < REJECT_BELOW) {
            return end(index, order.reject(REJECT_REASONS.get(random.nextInt(REJECT_REASONS.size())), now));
        }
        if (resting && roll < CANCEL_BELOW) {
            return end(index, order.cancel(now));
        }
        if (resting && roll < REPLACE_BELOW) {
            return replace(index, order, now);
        }
        return fill(index, order, now);
    }

    private List<ActivityEvent> fill(int index, SimOrder order, long now) {
        BigDecimal remaining = order.remainingQuantity();
        BigDecimal quantity = remaining.compareTo(BigDecimal.ONE) == 0 || percent() < FILL_ALL_PERCENT
                ? remaining
                : BigDecimal.valueOf(random.nextLong(1, remaining.longValueExact()));
        BigDecimal price = executionPrice(order.request());
        SimOrder filled = order.fill(quantity, price, now);
        if (filled.isOpen()) {
            openOrders.set(index, filled);
        } else {
            openOrders.remove(index);
        }
        String symbol = order.request().symbol();
        Side side = order.request().side();
        Position position = position(symbol).apply(side.signed(quantity), price);
        positions.put(symbol, position);
        buyingPower = buyingPower.subtract(side.signed(quantity).multiply(price));
        SimTrade trade = new SimTrade(account.accountId() + "-T" + ++lastTradeNumber, filled, quantity, price, now);

        List<ActivityEvent> events = new ArrayList<>(5);
        events.add(ActivityEvents.orderUpdate(filled, position.quantity()));
        events.add(ActivityEvents.tradeNotice(trade, position.quantity()));
        events.add(ActivityEvents.positionUpdate(account, symbol, position));
        events.add(ActivityEvents.buyingPowerUpdate(account, buyingPower));
        if (side == Side.SELL_SHORT) {
            events.add(changeLocate(symbol, inventory -> inventory.use(quantity)));
        }
        return events;
    }

    /** Limit orders fill at their limit, stops at their stop, market orders at the market. */
    private BigDecimal executionPrice(OrderRequest request) {
        return switch (request.orderType()) {
            case LIMIT, STOP_LIMIT -> request.price();
            case STOP -> request.stopPrice();
            case MARKET -> market.mid(request.symbol());
        };
    }

    /** Reports a canceled or rejected order, forgets it, and gives back what a short sale had not used of its locate. */
    private List<ActivityEvent> end(int index, SimOrder ended) {
        openOrders.remove(index);
        List<ActivityEvent> events = new ArrayList<>(2);
        events.add(orderUpdate(ended));
        if (ended.request().side() == Side.SELL_SHORT) {
            events.add(
                    changeLocate(ended.request().symbol(), inventory -> inventory.release(ended.remainingQuantity())));
        }
        return events;
    }

    private List<ActivityEvent> replace(int index, SimOrder order, long now) {
        BigDecimal change = randomCents(MAX_REPLACE_CENTS);
        BigDecimal delta = random.nextBoolean() ? change : change.negate();
        OrderRequest request = order.request();
        SimOrder replaced = order.replace(shift(request.price(), delta), shift(request.stopPrice(), delta), now);
        openOrders.set(index, replaced);
        return List.of(orderUpdate(replaced));
    }

    private static BigDecimal shift(BigDecimal price, BigDecimal delta) {
        return price == null ? null : price.add(delta).max(ONE_CENT);
    }

    private ActivityEvent orderUpdate(SimOrder order) {
        return ActivityEvents.orderUpdate(order, position(order.request().symbol()).quantity());
    }

    private ActivityEvent changeLocate(String symbol, UnaryOperator<LocateInventory> change) {
        LocateInventory inventory = change.apply(locateInventory(symbol));
        locates.put(symbol, inventory);
        return ActivityEvents.locateInventoryUpdate(account, symbol, inventory);
    }

    /** The long position not yet committed to open sell orders; zero or less means anything sold now is short. */
    private BigDecimal sellable(String symbol) {
        BigDecimal sellable = position(symbol).quantity();
        for (SimOrder order : openOrders) {
            if (order.request().side() != Side.BUY && order.request().symbol().equals(symbol)) {
                sellable = sellable.subtract(order.remainingQuantity());
            }
        }
        return sellable;
    }

    /** Whole shares at about {@code price} that the buying power not committed to open buy orders pays for. */
    private BigDecimal affordable(BigDecimal price) {
        BigDecimal free = buyingPower;
        for (SimOrder order : openOrders) {
            if (order.request().side() == Side.BUY) {
                free = free.subtract(order.remainingQuantity().multiply(committedPrice(order.request())));
            }
        }
        return free.signum() <= 0 ? BigDecimal.ZERO
                : free.divide(price.multiply(BUYING_POWER_HEADROOM), 0, RoundingMode.DOWN);
    }

    private BigDecimal committedPrice(OrderRequest request) {
        if (request.price() != null) {
            return request.price();
        }
        return request.stopPrice() != null ? request.stopPrice() : market.mid(request.symbol());
    }

    private BigDecimal randomCents(int maxCents) {
        return BigDecimal.valueOf(1 + random.nextInt(maxCents), 2);
    }

    private int percent() {
        return random.nextInt(100);
    }

    /** The side and quantity chosen for a new order. */
    private record Sizing(Side side, BigDecimal quantity) {
    }
}
