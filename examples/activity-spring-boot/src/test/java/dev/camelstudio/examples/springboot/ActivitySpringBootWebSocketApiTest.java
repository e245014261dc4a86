package dev.camelstudio.examples.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example runs on the WebSocket API as Spring Boot's BOM manages it (2.1.1), from its own jar: Tomcat's WebSocket
 * jar, which carries another copy, is left out. If this fails, the class path changed, and the README's "no override
 * is needed" must be checked again.
 */
class ActivitySpringBootWebSocketApiTest {

    @Test
    void theWebSocketApiIsSpringBootsAndComesFromItsOwnJar() throws IOException {
        for (String artifactId : new String[]{"jakarta.websocket-api", "jakarta.websocket-client-api"}) {
            String path = "META-INF/maven/jakarta.websocket/" + artifactId + "/pom.properties";
            URL url = getClass().getClassLoader().getResource(path);
            assertThat(url).as(artifactId + " on the class path").isNotNull();
            Properties pom = new Properties();
            try (InputStream in = url.openStream()) {
                pom.load(in);
            }
            assertThat(pom.getProperty("version")).as(artifactId).isEqualTo("2.1.1");
        }
        // Tomcat's copy would bring a second set of API classes into the same packages (tomcat-embed-websocket is out).
        assertThat(getClass().getClassLoader().getResource("org/apache/tomcat/websocket/WsSession.class")).isNull();
    }
}
