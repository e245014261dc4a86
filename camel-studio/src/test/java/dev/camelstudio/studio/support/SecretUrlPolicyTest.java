package dev.camelstudio.studio.support;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecretUrlPolicyTest {

    private final SecretUrlPolicy websocket = new SecretUrlPolicy("serverUrl", "wss", "ws", "a ws(s):// URL",
            "a wss:// URL", "wss://api.clearstreet.io/studio/v2/ws", "the access token");

    @Test
    void theSecureSchemeAnywhereThePlainOneOnlyToThisMachine() {
        assertThat(websocket.check(" wss://api.clearstreet.io/studio/v2/ws ")).isEqualTo(
                URI.create("wss://api.clearstreet.io/studio/v2/ws"));
        assertThat(websocket.check("ws://[::1]:8765/studio/v2/ws").getHost()).isEqualTo("[::1]");
        assertThatIllegalArgumentException().isThrownBy(() -> websocket.check("ws://10.0.0.1/studio/v2/ws"))
                .withMessageContaining("uses plain ws://").withMessageContaining("the access token unencrypted");
    }

    @Test
    void userInfoIsRefusedWithoutEchoingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> websocket.check("wss://me:pa55word@studio.test/ws"))
                .withMessageContaining("serverUrl").withMessageContaining("user credentials")
                .withMessageNotContaining("pa55word");
    }

    @Test
    void emptyNotAUrlOrAnotherSchemeNameTheOptionAndAnExample() {
        assertThatIllegalArgumentException().isThrownBy(() -> websocket.check(" "))
                .withMessageContaining("serverUrl option is empty");
        assertThatIllegalArgumentException().isThrownBy(() -> websocket.check("wss://exa mple.com/"))
                .withMessageContaining("not a valid URL").withMessageNotContaining("exa mple");
        assertThatIllegalArgumentException().isThrownBy(() -> websocket.check("https://studio.test/ws"))
                .withMessageContaining("is not a ws(s):// URL with a host")
                .withMessageContaining("wss://api.clearstreet.io/studio/v2/ws");
    }
}
