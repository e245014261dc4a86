package dev.camelstudio.simulator.support;

import dev.camelstudio.simulator.StudioSimulator;

/**
 * The accounts and OAuth2 clients most tests use: client 1 may see accounts A and B, client 2 only C.
 */
public final class Studios {

    public static final String A = "100000";
    public static final String B = "100001";
    public static final String C = "100002";

    public static final String CLIENT_1 = "client-1";
    public static final String SECRET_1 = "secret-1-Zq8vXw";
    public static final String CLIENT_2 = "client-2";
    public static final String SECRET_2 = "secret-2-Kp3mRt";

    private Studios() {
    }

    /** A builder with accounts A, B, C and the two clients; every timing at its protocol default unless changed. */
    public static StudioSimulator.Builder builder() {
        return StudioSimulator.builder()
                .account(A, "ACC0001")
                .account(B, "ACC0002")
                .account(C, "ACC0003")
                .client(CLIENT_1, SECRET_1, A, B)
                .client(CLIENT_2, SECRET_2, C);
    }

    /** A token of client 1 (accounts A and B), fetched over HTTP. */
    public static String token1(StudioSimulator studio) {
        return TestClient.fetchToken(studio, CLIENT_1, SECRET_1);
    }

    /** A token of client 2 (account C), fetched over HTTP. */
    public static String token2(StudioSimulator studio) {
        return TestClient.fetchToken(studio, CLIENT_2, SECRET_2);
    }
}
