package dev.camelstudio.simulator.activity;

import java.math.BigDecimal;

import dev.camelstudio.simulator.activity.OrderRequest.Side;
import dev.camelstudio.simulator.activity.SimOrder.State;
import dev.camelstudio.simulator.activity.SimOrder.Status;
import dev.camelstudio.simulator.activity.SimOrder.UpdateReason;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimOrderTest {

    private static final Account ACCOUNT = new Account("100000", "ACC0001", new BigDecimal("1000000.00"));

    private final SimOrder placed = SimOrder.place("o-1", ACCOUNT,
            OrderRequest.limit("r-1", "MSFT", Side.BUY, new BigDecimal("300"), new BigDecimal("415.00")), 1_000);

    @Test
    void placedOrderIsVersionOneNewAndOpen() {
        assertThat(placed.version()).isEqualTo(1);
        assertThat(placed.status()).isEqualTo(Status.NEW);
        assertThat(placed.state()).isEqualTo(State.OPEN);
        assertThat(placed.reason()).isEqualTo(UpdateReason.PLACE);
        assertThat(placed.filledQuantity()).isZero();
        assertThat(placed.createdAt()).isEqualTo(placed.updatedAt()).isEqualTo(1_000);
    }

    @Test
    void fillsAccumulateWithAWeightedAveragePriceUntilFilled() {
        SimOrder partly = placed.fill(new BigDecimal("100"), new BigDecimal("414.00"), 2_000);
        SimOrder filled = partly.fill(new BigDecimal("200"), new BigDecimal("415.00"), 3_000);

        assertThat(partly.status()).isEqualTo(Status.PARTIALLY_FILLED);
        assertThat(partly.state()).isEqualTo(State.OPEN);
        assertThat(filled.status()).isEqualTo(Status.FILLED);
        assertThat(filled.state()).isEqualTo(State.CLOSED);
        assertThat(filled.reason()).isEqualTo(UpdateReason.EXECUTION_REPORT);
        assertThat(filled.version()).isEqualTo(3);
        assertThat(filled.filledQuantity()).isEqualByComparingTo("300");
        assertThat(filled.averagePrice()).isEqualByComparingTo("414.666667");
        assertThat(filled.createdAt()).isEqualTo(1_000);
        assertThat(filled.updatedAt()).isEqualTo(3_000);
    }

    @Test
    void replaceChangesThePriceAndKeepsTheOrderOpen() {
        SimOrder replaced = placed.replace(new BigDecimal("415.10"), null, 2_000);

        assertThat(replaced.status()).isEqualTo(Status.REPLACED);
        assertThat(replaced.state()).isEqualTo(State.OPEN);
        assertThat(replaced.reason()).isEqualTo(UpdateReason.MODIFY);
        assertThat(replaced.request().price()).isEqualByComparingTo("415.10");
        assertThat(replaced.version()).isEqualTo(2);
    }

    @Test
    void endedOrdersCannotChange() {
        SimOrder canceled = placed.cancel(2_000);
        SimOrder rejected = placed.reject("Venue is not accepting orders", 2_000);

        assertThat(canceled.state()).isEqualTo(State.CLOSED);
        assertThat(canceled.reason()).isEqualTo(UpdateReason.CANCEL);
        assertThat(rejected.state()).isEqualTo(State.REJECTED);
        assertThatThrownBy(() -> canceled.fill(BigDecimal.ONE, BigDecimal.ONE, 3_000))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rejected.cancel(3_000)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotFillMoreThanRemains() {
        assertThatThrownBy(() -> placed.fill(new BigDecimal("301"), BigDecimal.ONE, 2_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestPricesMustMatchTheOrderType() {
        assertThatThrownBy(() -> OrderRequest.limit("r", "AAPL", Side.BUY, BigDecimal.TEN, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OrderRequest("r", "AAPL", Side.BUY, OrderRequest.OrderType.MARKET,
                OrderRequest.TimeInForce.DAY, BigDecimal.TEN, BigDecimal.ONE, null, OrderStrategy.sor(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
