package dev.camelstudio.studio.auth;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenUrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://auth.clearstreet.io/oauth/token",
            "HTTPS://auth.example.com:8443/oauth/token",
            "http://localhost:8080/oauth/token",
            "http://LOCALHOST/oauth/token",
            "http://127.0.0.1:9999/oauth/token",
            "http://[::1]:9999/oauth/token"})
    void allowsHttpsAndLoopbackHttp(String url) {
        assertThat(TokenUrlPolicy.check(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://auth.clearstreet.io/oauth/token",
            "http://127.0.0.2/oauth/token",
            "http://localhost.example.com/oauth/token"})
    void refusesPlainHttpToAnotherHost(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenUrlPolicy.check(url))
                .withMessageContaining("tokenUrl").withMessageContaining("use https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "auth.clearstreet.io/oauth/token", "ftp://auth.clearstreet.io/token", "https://",
            "https://exa mple.com/"})
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenUrlPolicy.check(url))
                .withMessageContaining("tokenUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pa55word@auth.example.com/oauth/token",
            "https://user:pa55word@exa mple.com/"})
    void neverEchoesAPasswordInTheUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenUrlPolicy.check(url))
                .withMessageContaining("tokenUrl")
                .withMessageNotContaining("pa55word")
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }
}
