package dev.camelstudio.studio.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter is built and tested on the WebSocket API that Spring Boot 3.5's BOM manages, 2.1.1, as a user's Boot
 * project resolves it with no override, under Tyrus 2.2 (which implements 2.2 but calls nothing 2.2 added). If this
 * fails, the class path changed, and the README's "no override is needed" must be checked again.
 */
class StudioStarterWebSocketApiVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"jakarta.websocket-api", "jakarta.websocket-client-api"})
    void theWebSocketApiIsSpringBoots(String artifactId) throws IOException {
        String path = "META-INF/maven/jakarta.websocket/" + artifactId + "/pom.properties";
        URL url = getClass().getClassLoader().getResource(path);
        assertThat(url).as(artifactId + " on the test class path").isNotNull();
        Properties pom = new Properties();
        try (InputStream in = url.openStream()) {
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).as(artifactId).isEqualTo("2.1.1");
    }
}
