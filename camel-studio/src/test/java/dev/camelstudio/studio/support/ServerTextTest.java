package dev.camelstudio.studio.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTextTest {

    private static final String JWT = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln";

    @Test
    void shortTextStaysAsItIsOnOneLine() {
        assertThat(ServerText.excerpt("Idled too long;\nplease reconnect"))
                .isEqualTo("Idled too long; please reconnect");
    }

    @Test
    void longTextIsCutWithItsLength() {
        String excerpt = ServerText.excerpt("x".repeat(2_000_000));
        assertThat(excerpt).hasSizeLessThan(ServerText.MAX_CHARS + 40).endsWith("... (2000000 chars in total)");
    }

    @Test
    void anEchoedAuthorizationIsMaskedWhateverTheToken() {
        String frame = "{\"authorization\": \"opaque-fixed-token\",\"payload\":{\"type\":\"subscribe-activity\"}}";
        assertThat(ServerText.excerpt(frame)).doesNotContain("opaque-fixed-token")
                .contains("\"authorization\": \"****\"");
    }

    @Test
    void anAuthorizationCutInTheMiddleIsMaskedToo() {
        String frame = "{\"payload\":{},\"authorization\":\"" + "t".repeat(500) + "\"}";
        assertThat(ServerText.excerpt(frame)).doesNotContain("ttt");
    }

    @Test
    void aJwtAnywhereIsMasked() {
        assertThat(ServerText.excerpt("token " + JWT + " was refused")).isEqualTo("token **** was refused");
    }

    @Test
    void surrogatePairsAreNotCutInHalf() {
        String text = "a".repeat(ServerText.MAX_CHARS - 1) + "\uD83D\uDE00" + "b".repeat(100);
        String excerpt = ServerText.excerpt(text);
        assertThat(Character.isHighSurrogate(excerpt.charAt(ServerText.MAX_CHARS - 2))).isFalse();
        assertThat(excerpt).startsWith("a".repeat(ServerText.MAX_CHARS - 1) + "...");
    }

    @Test
    void nullIsSaidSo() {
        assertThat(ServerText.excerpt(null)).isEqualTo("null");
    }
}
