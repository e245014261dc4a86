package dev.camelstudio.studio.support;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The option a misspelt name was meant to be, or none. */
class NearestNameTest {

    private static final List<String> OPTIONS = List.of("clientId", "clientSecret", "accountId", "accessToken",
            "heartbeatTimeout");

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "clientSecert, clientSecret",
            "client-secert, clientSecret",
            "clientScret, clientSecret",
            "ACOUNTID, accountId",
            "accesToken, accessToken",
            "colour, none",
            "heartbeat, none",
    })
    void findsTheNearestWithinTwoEdits(String name, String expected) {
        assertThat(NearestName.of(name, OPTIONS)).isEqualTo(expected);
    }
}
