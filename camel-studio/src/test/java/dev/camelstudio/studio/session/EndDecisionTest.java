package dev.camelstudio.studio.session;

import java.io.IOException;

import dev.camelstudio.studio.auth.StudioAuthenticationException;
import dev.camelstudio.studio.connection.ConnectionEnd;
import dev.camelstudio.studio.connection.EndRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a session does when its connection ends, one row per case: the funnel is a pure function of its inputs. */
class EndDecisionTest {

    @ParameterizedTest(name = "stopping={0} standby={1} request={2} cause={3} attempt={4}/{5} -> {6}")
    @CsvSource(nullValues = "-", value = {
            // stopping, standby, request,              cause,     attempt, max, decision
            "true,  true,  -,                    drop,      1, 0, STOPPED",
            "true,  false, STOP,                 -,         1, 0, STOPPED",
            "false, true,  -,                    drop,      1, 0, TAKE_OVER",
            "false, true,  SUBSCRIPTION_REFUSED, -,         9, 3, TAKE_OVER",
            "false, false, RECONNECT_NOW,        -,         1, 0, RECONNECT_NOW",
            "false, false, RESUBSCRIBE,          -,         5, 3, RECONNECT_NOW",
            "false, false, TOKEN_EXPIRED,        -,         1, 0, RECONNECT_NOW",
            "false, false, -,                    drop,      1, 0, BACK_OFF",
            "false, false, -,                    drop,      3, 3, BACK_OFF",
            "false, false, -,                    drop,      4, 3, GIVE_UP",
            "false, false, -,                    -,         1, 0, BACK_OFF",
            "false, false, SUBSCRIPTION_REFUSED, -,         1, 0, RETRY_SLOWLY",
            "false, false, SUBSCRIPTION_REFUSED, -,         4, 3, GIVE_UP",
            "false, false, -,                    rejected,  1, 0, RETRY_SLOWLY",
            "false, false, -,                    transient, 1, 0, BACK_OFF",
    })
    void decides(boolean stopping, boolean standby, EndRequest request, String cause, int attempt, int max,
            EndDecision expected) {
        ConnectionEnd end = new ConnectionEnd(1006, "", cause(cause), request, true);

        assertThat(EndDecision.of(stopping, standby, end, attempt, max)).isEqualTo(expected);
    }

    private static Throwable cause(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "drop" -> new IOException("connection reset");
            case "rejected" -> new StudioAuthenticationException("Studio rejected the credentials", true, null);
            case "transient" -> new StudioAuthenticationException("token endpoint answered 503", false, null);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
