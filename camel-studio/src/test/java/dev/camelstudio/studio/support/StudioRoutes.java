package dev.camelstudio.studio.support;

import dev.camelstudio.simulator.StudioSimulator;

/** Endpoint URIs that reach a simulator, as a user's own tests would write them. */
public final class StudioRoutes {

    /** Registry name under which tests bind {@link SimulatorTls#sslContextParameters()}. */
    public static final String TLS_BEAN = "simulatorTls";

    private StudioRoutes() {
    }

    /** {@code studio:activity} for an account on the simulator with client credentials, plus extra options. */
    public static String activity(StudioSimulator studio, String accountId, String clientId, String clientSecret,
                                  String... options) {
        StringBuilder uri = new StringBuilder("studio:activity?accountId=").append(accountId)
                .append("&serverUrl=").append(studio.webSocketUrl())
                .append("&tokenUrl=").append(studio.tokenUrl())
                .append("&clientId=").append(clientId)
                .append("&clientSecret=RAW(").append(clientSecret).append(')')
                .append("&sslContextParameters=#").append(TLS_BEAN);
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }
}
