package dev.camelstudio.studio.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import jakarta.websocket.ClientEndpointConfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot 3.5's BOM manages the WebSocket API at 2.1.1, lower than the 2.2 that Tyrus 2.2 implements; the root
 * pom pins 2.2.0 ahead of it. This fails if a BOM change lets 2.1.1 back onto the starter's class path.
 */
class StudioStarterWebSocketApiVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"jakarta.websocket-api", "jakarta.websocket-client-api"})
    void theWebSocketApiIs22(String artifactId) throws IOException {
        String path = "META-INF/maven/jakarta.websocket/" + artifactId + "/pom.properties";
        URL url = getClass().getClassLoader().getResource(path);
        assertThat(url).as(artifactId + " on the test class path").isNotNull();
        Properties pom = new Properties();
        try (InputStream in = url.openStream()) {
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).as(artifactId).isEqualTo("2.2.0");
    }

    @Test
    void theLoadedApiHasWhat22Added() throws NoSuchMethodException {
        // ClientEndpointConfig.getSSLContext() is new in WebSocket 2.2: whichever jar wins, it must have it.
        assertThat(ClientEndpointConfig.class.getMethod("getSSLContext")).isNotNull();
    }
}
