package dev.camelstudio.examples.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import jakarta.websocket.ClientEndpointConfig;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's BOM manages the WebSocket API at 2.1.1 and Tomcat's WebSocket jar carries its own copy of it, while Tyrus
 * 2.2 needs 2.2. This fails if either comes back onto the example's class path.
 */
class ActivitySpringBootWebSocketApiTest {

    @Test
    void theWebSocketApiIs22AndComesFromItsOwnJar() throws IOException {
        for (String artifactId : new String[]{"jakarta.websocket-api", "jakarta.websocket-client-api"}) {
            String path = "META-INF/maven/jakarta.websocket/" + artifactId + "/pom.properties";
            URL url = getClass().getClassLoader().getResource(path);
            assertThat(url).as(artifactId + " on the class path").isNotNull();
            Properties pom = new Properties();
            try (InputStream in = url.openStream()) {
                pom.load(in);
            }
            assertThat(pom.getProperty("version")).as(artifactId).isEqualTo("2.2.0");
        }
        // Tomcat's copy would bring API 2.1 classes into the same packages (tomcat-embed-websocket is excluded).
        assertThat(getClass().getClassLoader().getResource("org/apache/tomcat/websocket/WsSession.class")).isNull();
    }

    @Test
    void theLoadedApiHasWhat22Added() throws NoSuchMethodException {
        // ClientEndpointConfig.getSSLContext() is new in WebSocket 2.2: whichever jar wins, it must have it.
        assertThat(ClientEndpointConfig.class.getMethod("getSSLContext")).isNotNull();
    }
}
